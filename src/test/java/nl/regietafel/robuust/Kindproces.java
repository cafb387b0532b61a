package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real main in its own JVM, as a user's shell runs it, on the test class path (no packaged
 * jar needed), with its H2 store and data folder where the test says, and JVM options of its own.
 */
record Kindproces(Path database, Path dataMap, List<String> jvmOpties) {

    record Uitkomst(int code, String stdout, List<String> stderr) {
    }

    /** A store and data folder under {@code tmp}, as the exit-code tests have always used. */
    static Kindproces in(Path tmp) {
        return new Kindproces(tmp.resolve("db/regietafel"), tmp.resolve("data"), List.of());
    }

    /**
     * The same with the bean definitions the build worked out ahead of time, as the relaunched child
     * runs (nl.regietafel.AotMain): Spring refuses to start when they are not on the class path.
     */
    Kindproces metAot() {
        return new Kindproces(database, dataMap, List.of("-Dspring.aot.enabled=true"));
    }

    String url() {
        return "jdbc:h2:file:" + database;
    }

    Uitkomst draai(String... args) throws Exception {
        Process p = start(args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Uitkomst(p.exitValue(), out, err.lines().filter(l -> !l.isBlank()).toList());
    }

    Process start(String... args) throws IOException {
        // the child's temporary files (the JDK's copies of the fonts) stay in the test's folder, also when it is killed
        Path tijdelijk = Files.createDirectories(dataMap.resolveSibling("java-tmp"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tijdelijk));
        cmd.addAll(jvmOpties);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.regietafel.RegietafelApplication",
                "--spring.datasource.url=" + url(), "--regietafel.data-map=" + dataMap));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }

    /** Every file below {@code map} with its SHA-256: equal maps are byte-for-byte equal folders. */
    static Map<String, String> bestanden(Path map) throws IOException {
        Map<String, String> uit = new TreeMap<>();
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.filter(Files::isRegularFile).toList()) uit.put(map.relativize(p).toString(), Invoerbank.sha(p));
        }
        return uit;
    }
}
