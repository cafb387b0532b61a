package nl.regietafel.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The start-up cache of one jar on one JVM: the jar extracted (class-data sharing only archives
 * classes from plain jars, not from the nested jars of a Spring Boot jar) and the archive of the
 * classes a run loaded. Lives in {@code <data>/opstartcache/<key>/}; the key changes with the
 * jar (size, time) and the JVM, so a new build or another Java makes a new cache and the old
 * one is removed.
 */
final class StartupCache {

    static final String FOLDER = "opstartcache";
    static final String ARCHIVE = "regietafel.jsa";

    private final Path root;
    private final Path dir;
    private final Path jar;
    private final String java;

    StartupCache(Path dataMap, Path jar, String java) throws IOException {
        this.root = dataMap.resolve(FOLDER);
        this.jar = jar;
        this.java = java;
        this.dir = root.resolve(key(jar, java));
    }

    /**
     * What tells one build on one JVM from another; the file's content is not read (56 MB). Two
     * checksums with different polynomials, 64 bits: a secure hash would first load the JVM's
     * security providers, 0,01-0,03 s of every run's start (measured), to tell apart a handful of caches.
     */
    static String key(Path jar, String java) throws IOException {
        byte[] wat = (jar.toAbsolutePath().normalize() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + java + "|" + System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(wat);
        CRC32C crcC = new CRC32C();
        crcC.update(wat);
        return HexFormat.of().toHexDigits(crc.getValue() << 32 | crcC.getValue());
    }

    Path dir() {
        return dir;
    }

    /** The extracted application jar: Spring Boot's extract keeps the jar's own file name, whatever it is. */
    Path appJar() {
        return dir.resolve(jarNaam());
    }

    private String jarNaam() {
        return jar.getFileName().toString();
    }

    Path archive() {
        return dir.resolve(ARCHIVE);
    }

    boolean extracted() {
        return Files.isRegularFile(appJar()) && Files.isDirectory(dir.resolve("lib"));
    }

    boolean hasArchive() {
        return Files.isRegularFile(archive());
    }

    /**
     * Extracts the jar with Spring Boot's own tool ({@code -Djarmode=tools extract}) into a
     * fresh folder beside the cache and moves it into place, so that a half-made cache never
     * counts. Returns false when that does not succeed; the caller then runs without cache.
     */
    boolean extract() throws IOException, InterruptedException {
        Files.createDirectories(root);
        removeOthers();
        Path tmp = Files.createTempDirectory(root, "uitpakken-");
        try {
            Process p = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", tmp.resolve("x").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return false;
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(tmp.resolve("x").resolve(jarNaam()))) {
                return false;
            }
            try {
                Files.move(tmp.resolve("x"), dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
                return extracted(); // another run was quicker
            } catch (IOException e) {
                if (!extracted()) throw e;
            }
            return true;
        } finally {
            delete(tmp);
        }
    }

    /** A place for the archive a training run writes at its exit; only {@link #keep} makes it count. */
    Path newArchive() {
        return dir.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + ".nieuw");
    }

    /** Keeps the archive of a run that ended well; throws it away otherwise. */
    void keep(Path nieuw, boolean good) throws IOException {
        if (good && Files.isRegularFile(nieuw) && Files.size(nieuw) > 0) {
            Files.move(nieuw, archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(nieuw);
        }
    }

    /** Caches of earlier builds and JVMs, and leftovers of interrupted extractions. */
    private void removeOthers() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
                delete(p);
            }
        }
    }

    static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                q.toFile().setWritable(true); // the JVM writes its archive read-only; Windows then refuses to delete it
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            // a cache that cannot be removed now is removed by a later run
        }
    }

    static Optional<Path> runningJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.isEmpty() || cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) return Optional.empty();
        Path p = Path.of(cp);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
