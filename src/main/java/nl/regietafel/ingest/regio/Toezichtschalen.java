package nl.regietafel.ingest.regio;

import java.util.Map;
import java.util.Optional;

import nl.regietafel.domain.verloop.Toezichtschaal;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.Melding;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/** The provinces' supervision scales of a run ({@code input/toezicht/}), read once per run. */
@Component
public class Toezichtschalen {

    private record Gelezen(String runId, Map<String, Toezichtschaal> perProvincie) {
    }

    private volatile Gelezen gelezen;

    /** The scale of provincie {@code code}; empty when the input has none for it. */
    public Optional<Toezichtschaal> voor(Run run, String code) {
        if (code == null) return Optional.empty();
        Gelezen g = gelezen;
        if (g == null || !g.runId().equals(run.runId())) {
            Leesresultaat<Map<String, Toezichtschaal>> r = Toezichtlader.leesMap(run.input().resolve("toezicht"));
            if (r.isAfgewezen()) {
                Melding eerste = r.fouten().get(0);
                throw new IllegalStateException("Toezichtschaal toezicht/" + eerste.omschrijving()
                        + " — verbeter het bestand (zie docs/regio-instellingen.md) en draai opnieuw.");
            }
            g = new Gelezen(run.runId(), r.waarde());
            gelezen = g;
        }
        return Optional.ofNullable(g.perProvincie().get(code));
    }
}
