package nl.regietafel.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.ingest.ReferentieReader.Referentie;
import nl.regietafel.run.Run;
import nl.regietafel.store.Invoerbestand;
import nl.regietafel.store.InvoerbestandRepository;
import nl.regietafel.store.ReferentieRepository;
import nl.regietafel.store.ReferentieRepository.GebiedRij;

import org.springframework.stereotype.Component;

/**
 * Reads the reference data (areas, population sets) and stores it as the snapshot the
 * computation uses. Reference data that cannot be read stops the run: nothing can be computed
 * without it.
 */
@Component
public class ReferentieImport {

    private final ReferentieBron bron;
    private final ReferentieRepository referentie;
    private final InvoerbestandRepository bestanden;

    public ReferentieImport(ReferentieBron bron, ReferentieRepository referentie, InvoerbestandRepository bestanden) {
        this.bron = bron;
        this.referentie = referentie;
        this.bestanden = bestanden;
    }

    public void importeer(Run run) {
        Referentie ref = bron.lees(run.input());
        Gebiedsindeling indeling = ref.indeling();
        referentie.vervang(rijen(indeling), ref.populatiesets().values());
        registreer(run);
        System.out.printf("  referentie: %d gemeenten, %d veiligheidsregio's, %d provincies, populatiesets %s%n",
                indeling.gemeenten().size(), indeling.veiligheidsregios().size(), indeling.provincies().size(),
                ref.populatiesets().keySet());
    }

    /** The area table's rows: every area of every level, with its parent. */
    public static List<GebiedRij> rijen(Gebiedsindeling indeling) {
        List<GebiedRij> rijen = new ArrayList<>();
        for (Gebied.Niveau niveau : Gebied.Niveau.values()) {
            for (Gebied g : indeling.alle(niveau)) {
                rijen.add(new GebiedRij(g.code(), g.naam(), g.niveau().name(),
                        indeling.ouder(g.code()).map(Gebied::code).orElse(null)));
            }
        }
        return rijen;
    }

    /** Puts each reference file in the audit trail once, so the fingerprint covers it. */
    private void registreer(Run run) {
        Path map = run.input().resolve("referentie");
        try (Stream<Path> lijst = Files.list(map)) {
            for (Path p : lijst.filter(Files::isRegularFile).sorted().toList()) {
                String sha = Bestanden.sha256(p);
                if (bestanden.eerderAanvaard("REFERENTIE", sha).isEmpty()) {
                    bestanden.voegToe("REFERENTIE", Bestanden.relatief(run.input(), p), sha, Bestanden.grootte(p),
                            null, null, null, run.runId(), Invoerbestand.AANVAARD);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
