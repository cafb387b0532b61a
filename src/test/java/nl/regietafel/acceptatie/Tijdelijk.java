package nl.regietafel.acceptatie;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary folders and files that outlive one test method (a month rendered once in
 * {@code @BeforeAll} and read by many tests), removed when the test JVM ends, so the suite leaves
 * nothing in the system's temporary folder.
 */
final class Tijdelijk {

    private static final List<Path> TE_WISSEN = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TE_WISSEN.forEach(Tijdelijk::wis), "tijdelijk-opruimen"));
    }

    private Tijdelijk() {
    }

    static Path map(String voorvoegsel) throws IOException {
        return onthoud(Files.createTempDirectory(voorvoegsel));
    }

    static Path bestand(String voorvoegsel, String achtervoegsel) throws IOException {
        return onthoud(Files.createTempFile(voorvoegsel, achtervoegsel));
    }

    private static Path onthoud(Path p) {
        TE_WISSEN.add(p);
        return p;
    }

    static void wis(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> alles = Files.walk(p)) {
            for (Path q : alles.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        } catch (IOException | RuntimeException e) {
            // best effort at JVM exit: a file still open elsewhere is left, the rest goes
        }
    }
}
