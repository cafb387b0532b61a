package nl.regietafel.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.regietafel.report.index.Periodeindex;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/**
 * Publishes a finished package: a complete folder replaces {@code output/<periode>} by renames,
 * so readers see either the old package or the new one, never half of one. Until this step runs,
 * a failed run leaves the published package untouched (SPEC §4).
 *
 * <p>Regions side by side: a package records its area in {@code .regio}. When the period folder
 * already holds another area's package, the new folder holds both, each in its own subfolder
 * ({@code VR05-twente/}, {@code VR01-groningen/}) with an {@code index.html} above them
 * ({@link Periodeindex}); republishing an area replaces only that area's subfolder.
 */
@Component
public class Publicatie {

    private final Periodeindex periodeindex;

    public Publicatie(Periodeindex periodeindex) {
        this.periodeindex = periodeindex;
    }

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
            Files.writeString(nieuw.resolve(Periodeindex.MERK), run.regio(), StandardCharsets.UTF_8);
            Map<String, Path> anderen = Periodeindex.anderePakketten(doel, run.regio());
            Path klaar = anderen.isEmpty() ? nieuw : samen(run, nieuw, anderen);
            Path oud = run.output().resolve("." + run.periode() + "-vorige-" + run.runId());
            if (Files.exists(doel)) {
                Files.move(doel, oud, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(klaar, doel, StandardCopyOption.ATOMIC_MOVE);
            verwijder(oud);
            verwijder(nieuw);
            System.out.println("  gepubliceerd: " + doel + (anderen.isEmpty() ? "" : " (naast " + String.join(", ", anderen.keySet()) + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("Publiceren naar " + doel + " mislukt: " + e.getMessage(), e);
        }
    }

    /**
     * A folder beside the published one holding copies of the other areas' packages and this run's
     * package, each in its own subfolder; the published folder is not touched here.
     */
    private Path samen(Run run, Path nieuw, Map<String, Path> anderen) throws IOException {
        Path samen = run.output().resolve("." + run.periode() + "-samen-" + run.runId());
        verwijder(samen);
        Files.createDirectories(samen);
        for (var e : anderen.entrySet()) {
            kopieer(e.getValue(), samen.resolve(periodeindex.mapnaam(e.getKey())));
        }
        kopieer(nieuw, samen.resolve(periodeindex.mapnaam(run.regio())));
        periodeindex.schrijf(run.periode(), samen);
        return samen;
    }

    /** Copies a package folder as it is. */
    private static void kopieer(Path van, Path naar) throws IOException {
        List<Path> bestanden;
        try (Stream<Path> alles = Files.walk(van)) {
            bestanden = alles.toList();
        }
        for (Path p : bestanden) {
            Path doel = naar.resolve(van.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(doel);
            else Files.copy(p, doel, StandardCopyOption.COPY_ATTRIBUTES);
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
