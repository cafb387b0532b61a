package nl.regietafel.ingest;

import java.nio.file.Path;
import java.util.List;

import nl.regietafel.run.Run;
import nl.regietafel.store.Invoerbestand;
import nl.regietafel.store.InvoerbestandRepository;
import nl.regietafel.store.MeldingRepository;
import nl.regietafel.store.MeldingRepository.OpgeslagenMelding;

import org.springframework.stereotype.Component;

/**
 * Records what was said about a file: a rejected file goes to quarantine and into the audit
 * trail as AFGEWEZEN; its messages, and the warnings of accepted files, go to the
 * controlerapport. Nothing accepted earlier is touched.
 */
@Component
public class Afwijzing {

    private final Quarantaine quarantaine;
    private final InvoerbestandRepository bestanden;
    private final MeldingRepository meldingen;

    public Afwijzing(Quarantaine quarantaine, InvoerbestandRepository bestanden, MeldingRepository meldingen) {
        this.quarantaine = quarantaine;
        this.bestanden = bestanden;
        this.meldingen = meldingen;
    }

    public void wijsAf(Run run, String soort, Path bestand, String pad, String sha256, List<Melding> lijst) {
        if (bestanden.alAfgewezenInRun(run.runId(), pad, sha256)) {
            return; // a restart of this run reads the file again: it is reported once
        }
        String kopie = quarantaine.bewaar(run.periode().toString(), bestand, sha256);
        bestanden.voegToe(soort, pad, sha256, Bestanden.grootte(bestand), run.periode().toString(),
                null, null, run.runId(), Invoerbestand.AFGEWEZEN);
        meld(run, pad, lijst, kopie);
    }

    public void meld(Run run, String pad, List<Melding> lijst, String kopie) {
        for (Melding m : lijst) {
            meldingen.voegToe(run.runId(), run.periode().toString(), new OpgeslagenMelding(
                    pad, m.blad(), m.rij(), m.kolom(), m.tekst(), m.ernst().name(), m.isFout() ? kopie : null));
        }
    }
}
