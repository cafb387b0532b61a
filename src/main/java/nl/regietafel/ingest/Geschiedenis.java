package nl.regietafel.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import nl.regietafel.ingest.RetourImport.GelezenRetour;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periods before the run's own, as far as {@code input/retouren/} holds them: their returns
 * are read and stored (no documents rendered), so the store holds the whole series before the
 * month is computed. A file already stored with the same content is recognised by its hash and
 * not read again, so on a filled store this costs only the hashing.
 */
@Component
public class Geschiedenis {

    /** What one history import did. */
    public record Verslag(int perioden, int retouren, int nieuw, long millis) {

        /** "Geschiedenis: 12 eerdere maanden ingelezen (168 retouren) in 2,1 s". */
        public String regel() {
            String tijd = String.format(Locale.forLanguageTag("nl-NL"), "%.1f s", millis / 1000.0);
            if (perioden == 0) return "Geschiedenis: geen eerdere maanden in de invoer";
            String maanden = perioden + (perioden == 1 ? " eerdere maand" : " eerdere maanden");
            if (nieuw == 0) return "Geschiedenis: " + maanden + " al ingelezen (" + retouren + " retouren), " + tijd;
            return "Geschiedenis: " + maanden + " ingelezen (" + nieuw + " nieuwe van " + retouren + " retouren) in " + tijd;
        }
    }

    private final RetourImport retouren;
    private final TransactionTemplate transactie;

    public Geschiedenis(RetourImport retouren, TransactionTemplate transactie) {
        this.retouren = retouren;
        this.transactie = transactie;
    }

    public Verslag importeer(Run run) {
        long start = System.nanoTime();
        List<YearMonth> eerder = eerderePerioden(run.input(), run.periode());
        int aantal = 0;
        int nieuw = 0;
        for (YearMonth p : eerder) {
            // Read as a run of that month: a return is checked against its own peilmaand.
            Run alsToen = new Run(p, run.regio(), run.input(), run.output(), run.runId());
            for (Path bestand : retouren.bestanden(run.input(), p.toString())) {
                GelezenRetour g = retouren.lees(alsToen, bestand);
                aantal++;
                if (g.resultaat() == null) continue; // stored before with the same content
                nieuw++;
                transactie.executeWithoutResult(s -> retouren.bewaar(g));
            }
        }
        Verslag v = new Verslag(eerder.size(), aantal, nieuw, (System.nanoTime() - start) / 1_000_000);
        System.out.println("  " + v.regel());
        return v;
    }

    /** The folders named jjjj-mm under {@code retouren/} before {@code periode}, oldest first. */
    static List<YearMonth> eerderePerioden(Path input, YearMonth periode) {
        return Maandmappen.perioden(input).stream().filter(m -> m.isBefore(periode)).toList();
    }
}
