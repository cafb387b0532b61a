package nl.regietafel.ingest;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import nl.regietafel.ingest.ReferentieReader.Referentie;

import org.springframework.stereotype.Component;

/**
 * The reference data of an input folder, read once per run (readers of national documents and
 * returns all need it to recognise gemeenten).
 */
@Component
public class ReferentieBron {

    private final ConcurrentHashMap<Path, Referentie> cache = new ConcurrentHashMap<>();

    public Referentie lees(Path input) {
        return cache.computeIfAbsent(input.toAbsolutePath().normalize(), p -> {
            Leesresultaat<Referentie> r = ReferentieReader.lees(p.resolve("referentie"));
            if (r.isAfgewezen()) {
                throw new IllegalStateException("Referentiegegevens onleesbaar: " + r.fouten().stream()
                        .map(Melding::omschrijving).collect(Collectors.joining("; ")));
            }
            return r.waarde();
        });
    }
}
