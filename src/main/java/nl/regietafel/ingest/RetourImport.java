package nl.regietafel.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.regietafel.domain.Maandretour;
import nl.regietafel.run.Run;
import nl.regietafel.store.Invoerbestand;
import nl.regietafel.store.InvoerbestandRepository;
import nl.regietafel.store.RetourRepository;
import nl.regietafel.store.RetourRepository.ActieveRetour;

import org.springframework.stereotype.Component;

/**
 * The month's returns: read and validate each file, then store it or reject it whole. A second
 * return for the same gemeente and period supersedes the first (both stay in the audit trail);
 * the same file read again changes nothing.
 */
@Component
public class RetourImport {

    /** A file as read: its identity and what the reader made of it. */
    public record GelezenRetour(Run run, Path bestand, String pad, String sha256, Leesresultaat<Maandretour> resultaat) {
    }

    private final ReferentieBron referentie;
    private final InvoerbestandRepository bestanden;
    private final RetourRepository retouren;
    private final Afwijzing afwijzing;

    public RetourImport(ReferentieBron referentie, InvoerbestandRepository bestanden, RetourRepository retouren,
                        Afwijzing afwijzing) {
        this.referentie = referentie;
        this.bestanden = bestanden;
        this.retouren = retouren;
        this.afwijzing = afwijzing;
    }

    /** Every regular file in {@code retouren/<periode>/}, by name; anything that is no xlsx is rejected later. */
    public List<Path> bestanden(Path input, String periode) {
        Path map = input.resolve("retouren").resolve(periode);
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> lijst = Files.list(map)) {
            return lijst.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GelezenRetour lees(Run run, Path bestand) {
        String sha = Bestanden.sha256(bestand);
        String pad = Bestanden.relatief(run.input(), bestand);
        if (bestanden.eerderAanvaard("RETOUR", sha).isPresent()) {
            return new GelezenRetour(run, bestand, pad, sha, null);
        }
        Leesresultaat<Maandretour> r = MaandretourReader.lees(bestand,
                referentie.lees(run.input()).indeling(), run.periode());
        return new GelezenRetour(run, bestand, pad, sha, r);
    }

    /**
     * {@code g} as reading it now would give it: a file read ahead of storing whose content has
     * been accepted since (the same file twice in one folder) counts as accepted before.
     */
    public GelezenRetour herbevestig(GelezenRetour g) {
        if (g.resultaat() == null || bestanden.eerderAanvaard("RETOUR", g.sha256()).isEmpty()) return g;
        return new GelezenRetour(g.run(), g.bestand(), g.pad(), g.sha256(), null);
    }

    public void bewaar(GelezenRetour g) {
        Run run = g.run();
        if (g.resultaat() == null) {
            return; // read and accepted before: importing the same file again changes nothing
        }
        if (g.resultaat().isAfgewezen()) {
            afwijzing.wijsAf(run, "RETOUR", g.bestand(), g.pad(), g.sha256(), g.resultaat().meldingen());
            return;
        }
        Maandretour r = g.resultaat().waarde();
        YearMonth periode = r.peilmaand();
        Optional<ActieveRetour> eerder = retouren.actief(r.gemeenteCode(), periode);
        boolean ouder = eerder.isPresent() && eerder.get().datum() != null && r.datum() != null
                && r.datum().isBefore(eerder.get().datum());
        long bestandId = bestanden.voegToe("RETOUR", g.pad(), g.sha256(), Bestanden.grootte(g.bestand()),
                periode.toString(), r.gemeenteCode(), r.ingevuldDoor(), run.runId(),
                ouder ? Invoerbestand.VERVANGEN : Invoerbestand.AANVAARD);
        long retourId = retouren.voegToe(bestandId, r);
        if (ouder) {
            // An older return arriving late is kept for the audit trail but does not count.
            retouren.deactiveer(retourId);
            bestanden.markeerVervangen(bestandId, eerder.get().invoerbestandId());
            afwijzing.meld(run, g.pad(), List.of(Melding.waarschuwing(g.pad(), "Gemeente", null, null,
                    "Deze retour is ouder (datum " + r.datum() + ") dan de al aanvaarde retour van " + r.gemeenteNaam()
                            + " voor " + periode + "; die blijft gelden.")), null);
        } else if (eerder.isPresent()) {
            retouren.deactiveer(eerder.get().id());
            bestanden.markeerVervangen(eerder.get().invoerbestandId(), bestandId);
            afwijzing.meld(run, g.pad(), List.of(Melding.waarschuwing(g.pad(), "Gemeente", null, null,
                    "Vervangt de eerder aanvaarde retour van " + r.gemeenteNaam() + " voor " + periode + ".")), null);
        }
        afwijzing.meld(run, g.pad(), g.resultaat().waarschuwingen(), null);
    }
}
