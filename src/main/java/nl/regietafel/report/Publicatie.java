package nl.regietafel.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/**
 * Publishes a finished package: the staging folder replaces {@code output/<periode>} by
 * renames, so readers see either the old package or the new one, never half of one. Until this
 * step runs, a failed run leaves the published package untouched (SPEC §4).
 */
@Component
public class Publicatie {

    public void publiceer(Run run) {
        Path nieuw = Uitvoermap.werkmap(run);
        Path doel = Uitvoermap.gepubliceerd(run);
        if (!Files.isDirectory(nieuw)) {
            if (Files.isDirectory(doel)) {
                return; // published already by this run before a restart
            }
            throw new IllegalStateException("Niets te publiceren: " + nieuw + " ontbreekt.");
        }
        try {
            Path oud = run.output().resolve("." + run.periode() + "-vorige-" + run.runId());
            if (Files.exists(doel)) {
                Files.move(doel, oud, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(nieuw, doel, StandardCopyOption.ATOMIC_MOVE);
            verwijder(oud);
            System.out.println("  gepubliceerd: " + doel);
        } catch (IOException e) {
            throw new UncheckedIOException("Publiceren naar " + doel + " mislukt: " + e.getMessage(), e);
        }
    }

    static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) return;
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
