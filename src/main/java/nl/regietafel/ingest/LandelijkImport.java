package nl.regietafel.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.ingest.landelijk.Bronprofiel;
import nl.regietafel.ingest.landelijk.BronprofielLader;
import nl.regietafel.ingest.landelijk.LandelijkDocumentReader;
import nl.regietafel.ingest.landelijk.Manifest;
import nl.regietafel.ingest.landelijk.ManifestLader;
import nl.regietafel.run.Run;
import nl.regietafel.store.Invoerbestand;
import nl.regietafel.store.InvoerbestandRepository;
import nl.regietafel.store.LandelijkRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national documents listed in {@code landelijk/documenten.yaml}, each read through its
 * source profile and stored with its provenance in its own transaction.
 */
@Component
public class LandelijkImport {

    private static final String MANIFEST = "documenten.yaml";

    private final ReferentieBron referentie;
    private final InvoerbestandRepository bestanden;
    private final LandelijkRepository landelijk;
    private final Afwijzing afwijzing;
    private final TransactionTemplate transactie;

    public LandelijkImport(ReferentieBron referentie, InvoerbestandRepository bestanden, LandelijkRepository landelijk,
                           Afwijzing afwijzing, TransactionTemplate transactie) {
        this.referentie = referentie;
        this.bestanden = bestanden;
        this.landelijk = landelijk;
        this.afwijzing = afwijzing;
        this.transactie = transactie;
    }

    public void importeer(Run run) {
        Path map = run.input().resolve("landelijk");
        Path manifestPad = map.resolve(MANIFEST);
        if (!Files.exists(manifestPad)) {
            System.out.println("  landelijk: geen " + MANIFEST + " gevonden; geen landelijke documenten gelezen");
            return;
        }
        Leesresultaat<Manifest> manifest = ManifestLader.lees(manifestPad, run.input().resolve("profielen"));
        String manifestRelatief = Bestanden.relatief(run.input(), manifestPad);
        if (manifest.isAfgewezen()) {
            transactie.executeWithoutResult(s -> afwijzing.wijsAf(run, "LANDELIJK", manifestPad, manifestRelatief,
                    Bestanden.sha256(manifestPad), manifest.meldingen()));
            stopAlsErGeenOpgavenZijn(manifestRelatief, manifest.fouten());
            return;
        }
        List<Melding> afgewezenRegels = manifest.waarde().afgewezen();
        VerdwenenOpgaven bewaking = new VerdwenenOpgaven(landelijk.actieveCijfers());
        for (Melding regel : afgewezenRegels) {
            bewaking.afgewezen(manifest.waarde().afgewezenProfielen().get(Manifest.regelsleutel(regel)), regel);
        }
        if (!afgewezenRegels.isEmpty()) {
            transactie.executeWithoutResult(s -> afwijzing.meld(run, manifestRelatief, afgewezenRegels, null));
        }
        List<Melding> afgewezen = new ArrayList<>(afgewezenRegels);
        int gelezen = Manifest.aantalDocumenten(afgewezenRegels);
        int aanvaard = 0;
        for (Manifest.Document doc : manifest.waarde().documenten()) {
            Path bestand = doc.pad();
            String pad = Bestanden.relatief(run.input(), bestand);
            String sha = Bestanden.sha256(bestand);
            gelezen++;
            if (bestanden.eerderAanvaard("LANDELIJK", sha).isPresent()) {
                aanvaard++;
                continue;
            }
            Leesresultaat<Bronprofiel> profiel = BronprofielLader.lees(doc.profielPad());
            Leesresultaat<List<LandelijkCijfer>> r = profiel.isAfgewezen()
                    ? Leesresultaat.afgewezen(vanProfiel(Bestanden.relatief(run.input(), doc.profielPad()), profiel.meldingen()))
                    : LandelijkDocumentReader.lees(bestand, profiel.waarde(), referentie.lees(run.input()).indeling());
            transactie.executeWithoutResult(s -> {
                if (r.isAfgewezen()) {
                    afwijzing.wijsAf(run, "LANDELIJK", bestand, pad, sha, r.meldingen());
                    return;
                }
                long id = bestanden.voegToe("LANDELIJK", pad, sha, Bestanden.grootte(bestand), null, null, null,
                        run.runId(), Invoerbestand.AANVAARD);
                landelijk.voegToe(id, pad, doc.herkomst(sha),
                        doc.profiel(), r.waarde());
                afwijzing.meld(run, pad, r.waarschuwingen(), null);
            });
            if (r.isAfgewezen()) {
                List<Melding> fouten = r.fouten().stream().map(f -> metBestand(pad, f)).toList();
                afgewezen.addAll(fouten);
                // a bad profile is configuration: the opgaven it names must stay covered by other documents
                if (profiel.isAfgewezen()) {
                    Melding f = fouten.get(0);
                    bewaking.afgewezen(doc.profielPad(), new Melding(pad, null, null, null, f.tekst(), f.ernst()));
                }
            } else {
                aanvaard++;
            }
        }
        System.out.printf("  landelijk: %d documenten, %d aanvaard, %d afgewezen%n", gelezen, aanvaard, gelezen - aanvaard);
        if (afgewezen.isEmpty()) return;
        stopAlsErGeenOpgavenZijn(manifestRelatief, afgewezen);
        String verdwenen = bewaking.controleer(landelijk.actieveCijfers(), afgewezen, manifestRelatief);
        // one line: the job's failure reaches the console by its first line only
        if (verdwenen != null) throw new IllegalStateException(verdwenen);
    }

    /**
     * Configuration was rejected and the store holds no national figure at all: a package now
     * would have not a single opgave. Stop (exit 1) rather than publish that.
     */
    private void stopAlsErGeenOpgavenZijn(String manifestPad, List<Melding> fouten) {
        if (!landelijk.actieveCijfers().isEmpty()) return;
        Melding eerste = fouten.get(0);
        String waar = VerdwenenOpgaven.waar(eerste, manifestPad);
        // one line: the job's failure reaches the console by its first line only
        throw new IllegalStateException("Geen enkele landelijke opgave bruikbaar, want de configuratie is afgewezen ("
                + waar + ": " + eerste.tekst().replaceAll("\\s+", " ").strip() + (fouten.size() > 1 ? "; en " + (fouten.size() - 1) + " melding(en) meer" : "")
                + "). Er is niets gepubliceerd: herstel " + manifestPad + " of het profiel en draai opnieuw.");
    }

    private static Melding metBestand(String pad, Melding m) {
        return m.bestand() != null ? m : new Melding(pad, m.blad(), m.rij(), m.kolom(), m.tekst(), m.ernst());
    }

    /**
     * The document is rejected for a fault in its source profile: the stored message is filed
     * under the document, so it says which profile file to repair.
     */
    private static List<Melding> vanProfiel(String profielPad, List<Melding> meldingen) {
        return meldingen.stream().map(m -> new Melding(m.bestand(), m.blad(), m.rij(), m.kolom(),
                "bronprofiel " + profielPad + ": " + m.tekst(), m.ernst())).toList();
    }
}
