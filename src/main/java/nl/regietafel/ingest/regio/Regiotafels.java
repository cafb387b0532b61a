package nl.regietafel.ingest.regio;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.regio.Regioinstellingen;
import nl.regietafel.domain.regio.Vastgesteld;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.Melding;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/**
 * The region settings of a run's input folder ({@code regio/}), read once per run. A settings
 * file that cannot be used stops the run with one Dutch line (before anything is published):
 * documents with another region's wording are worse than none.
 */
@Component
public class Regiotafels {

    private record Gelezen(String runId, Map<String, Regioinstellingen> perRegio, Map<String, Regiologo.Gelezen> logos) {
    }

    private volatile Gelezen gelezen;

    /** The settings of veiligheidsregio {@code code}, or the neutral wording when it has no file. */
    public Regioinstellingen voor(Run run, String code, String regioNaam) {
        Regioinstellingen r = alle(run).get(code);
        return r != null ? r : Regioinstellingen.neutraal(code, regioNaam);
    }

    /** The logo the region's settings name, read once per run; empty when they name none. */
    public Optional<Regiologo.Gelezen> logo(Run run, Regioinstellingen regio) {
        if (regio.logo() == null) return Optional.empty();
        Path map = run.input().resolve("regio");
        return Optional.of(gelezen(run).logos().computeIfAbsent(regio.regio(), k -> Regiologo.lees(map, regio.logo())));
    }

    /** Every profile that some region names as its own prognosis: such figures count only for those regions. */
    public Set<String> regionaleProfielen(Run run) {
        Set<String> uit = new LinkedHashSet<>();
        alle(run).values().forEach(r -> uit.addAll(r.prognoses()));
        return uit;
    }

    /**
     * The figures that count for a region: a regional prognosis (a profile some region names under
     * {@code prognoses}) only for the regions that name it — Kennispunt Twente's scenarios are Twente's.
     */
    public static List<Vastgesteld> geldend(List<Vastgesteld> cijfers, Map<Long, String> profielen, Set<String> regionaal,
                                            Regioinstellingen regio) {
        return cijfers.stream().filter(v -> {
            String p = profielen.get(v.bronId());
            return p == null || !regionaal.contains(p) || regio.prognoses().contains(p);
        }).toList();
    }

    private Map<String, Regioinstellingen> alle(Run run) {
        return gelezen(run).perRegio();
    }

    private Gelezen gelezen(Run run) {
        Gelezen g = gelezen;
        if (g == null || !g.runId().equals(run.runId())) {
            Leesresultaat<Map<String, Regioinstellingen>> r = RegioinstellingenLader.leesMap(run.input().resolve("regio"));
            if (r.isAfgewezen()) {
                Melding eerste = r.fouten().get(0);
                throw new IllegalStateException("Regio-instellingen regio/" + eerste.omschrijving()
                        + " — verbeter het bestand (zie docs/regio-instellingen.md) en draai opnieuw.");
            }
            g = new Gelezen(run.runId(), r.waarde(), new ConcurrentHashMap<>());
            gelezen = g;
        }
        return g;
    }
}
