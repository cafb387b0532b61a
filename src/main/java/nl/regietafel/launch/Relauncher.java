package nl.regietafel.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import nl.regietafel.cli.Opdracht;
import nl.regietafel.domain.gebied.Gebiedsindeling;

/**
 * {@code java -jar target/regietafel.jar} pays class loading and compilation of Spring, POI,
 * Flying Saucer and Flyway in every run. The jar therefore runs the job in a child JVM started
 * from the extracted jar with a class-data-sharing archive (made by the first run, at its exit)
 * and the client compiler only, which a run of seconds does not outlive. Same {@code java}
 * binary and JVM options, inherited console, exit code passed through; the child ends itself
 * when this process is killed. Off with {@code --regietafel.cds=uit} or
 * {@code REGIETAFEL_CDS=uit}; anything that fails before the child has started means an
 * in-process run, as before.
 */
public final class Relauncher {

    /** Set on the child, so that it never relaunches again. */
    static final String CHILD = "regietafel.kind";
    static final String OFF_OPTION = "--regietafel.cds=";
    static final String OFF_ENV = "REGIETAFEL_CDS";
    /**
     * Set once this process has chosen to do the job itself: {@link JarMain} then hands over to
     * Spring Boot's launcher, which runs the entry point again, and that must not try a second time.
     */
    static final String IN_PROCESS = "regietafel.inproces";

    private Relauncher() {
    }

    /** The child's exit code, or empty: then run in this process. {@code args} are those {@code opdracht} was read from. */
    public static OptionalInt run(Opdracht opdracht, String[] args) {
        if (isChild()) {
            watchParent();
            return OptionalInt.empty();
        }
        if ("ja".equals(System.getProperty(IN_PROCESS))) return OptionalInt.empty();
        OptionalInt kind = relaunch(Gebiedsindeling.NL.equals(opdracht.regio()), args);
        if (kind.isEmpty()) System.setProperty(IN_PROCESS, "ja");
        return kind;
    }

    private static OptionalInt relaunch(boolean landelijk, String[] args) {
        if (switchedOff(args, System.getenv(OFF_ENV))) return OptionalInt.empty();
        Optional<Path> jar = StartupCache.runningJar();
        ProcessHandle.Info proces = ProcessHandle.current().info();
        Optional<String> java = proces.command();
        List<String> jvmOptions = jvmOptions(proces.arguments(), System.getenv())
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (jar.isEmpty() || java.isEmpty() || diagnosing(jvmOptions) || !isBootJar(jar.get())) return OptionalInt.empty();
        try {
            StartupCache cache = new StartupCache(dataMap(args), jar.get(), java.get());
            if (!cache.extracted()) {
                System.out.println("  opstartcache: eenmalig aanmaken in " + cache.dir().getParent() + " (volgende runs starten sneller)");
                if (!cache.extract()) return OptionalInt.empty();
            }
            Path nieuw = cache.hasArchive() ? null : cache.newArchive();
            List<String> cmd = command(java.get(), cache, nieuw, jvmOptions, args, landelijk);
            Process child;
            try {
                child = new ProcessBuilder(cmd).inheritIO().start();
            } catch (IOException e) {
                return OptionalInt.empty();
            }
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopChild(child), "regietafel-kind-stoppen"));
            } catch (IllegalStateException e) {
                stopChild(child); // this process is already being stopped
                return OptionalInt.of(1);
            }
            int code = waitFor(child);
            if (nieuw != null) keep(cache, nieuw, code == 0 || code == 2);
            return OptionalInt.of(code); // from here on never empty: the child did the job
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // e.g. the store folder not writable: no cache, same run
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** An archive that cannot be kept only means that the next run makes one again. */
    private static void keep(StartupCache cache, Path nieuw, boolean good) {
        try {
            cache.keep(nieuw, good);
        } catch (IOException | RuntimeException e) {
            StartupCache.delete(nieuw);
        }
    }

    /** {@code landelijk}: the run is of the whole country ({@code --regio=NL}). */
    static List<String> command(String java, StartupCache cache, Path newArchive, List<String> jvmOptions, String[] args,
                                boolean landelijk) {
        return command(java, cache, newArchive, jvmOptions, args, landelijk, Runtime.getRuntime().availableProcessors());
    }

    static List<String> command(String java, StartupCache cache, Path newArchive, List<String> jvmOptions, String[] args,
                                boolean landelijk, int kernen) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.add(newArchive == null ? "-XX:SharedArchiveFile=" + cache.archive() : "-XX:ArchiveClassesAtExit=" + newArchive);
        // the archive is an optimisation: a stale or refused one must not print warnings
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        cmd.add("-XX:TieredStopAtLevel=1");
        // a national run must fit an ordinary laptop (SPEC §8: peak RSS ≤ 1 GiB); a user's own -Xmx comes later and wins
        cmd.add("-Xmx768m");
        // the throughput collector: its pauses use every core, where the serial one left the other core idle during
        // ~90 young pauses of a national month (paired: national month wall x0,947, Twente x0,97 against serial; serial
        // had beaten G1, the default, by ~3 % CPU); the JVM refuses two collectors, so a user's own choice replaces ours
        if (jvmOptions.stream().noneMatch(Relauncher::kiestCollector)) cmd.add("-XX:+UseParallelGC");
        // on two cores the run's own threads (regietafel.draden) fill both: a second compiler thread only competes with
        // them (measured: Twente month wall x0,955, national month x0,977); with more cores the JVM's own choice stands
        if (kernen <= 2) cmd.add("-XX:CICompilerCount=1");
        // a region's month is over in about three seconds, a quarter of its CPU compiling: inlining only bodies of up to
        // 20 bytes (default 35) compiles 27 % fewer bytes (Twente re-run CPU x0,957, wall x0,97, paired); a national month
        // runs the compiled code long enough for the default to pay (x1,015 CPU with the smaller size), so it keeps it
        if (!landelijk) cmd.add("-XX:C1MaxInlineSize=20");
        // Spring registers the bean definitions the build worked out (nl.regietafel.AotMain) instead of scanning the
        // classes and reading the configuration classes: the child always runs the jar, which carries them
        cmd.add("-Dspring.aot.enabled=true");
        cmd.addAll(jvmOptions); // after ours, so that what the user gave wins (e.g. -Xshare:off, -XX:TieredStopAtLevel=4)
        cmd.add("-D" + CHILD + "=ja");
        cmd.add("-jar");
        cmd.add(cache.appJar().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** {@code -XX:+UseG1GC}, {@code -XX:-UseParallelGC}, …: the user chose (or refused) a garbage collector. */
    static boolean kiestCollector(String jvmOption) {
        return jvmOption.matches("-XX:[+-]Use\\w+GC");
    }

    /** The environment variables through which the JVM takes options that are not on its command line. */
    static final List<String> OPTION_ENV = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /**
     * No JVM options, known without the management beans (loading them took 20-30 ms of every
     * run's start, measured), when the command line is the README's: {@code java -jar …} with
     * nothing before {@code -jar} and no options from the environment. Empty: ask the beans.
     */
    static Optional<List<String>> jvmOptions(Optional<String[]> arguments, Map<String, String> env) {
        if (arguments.isEmpty() || OPTION_ENV.stream().anyMatch(env::containsKey)) return Optional.empty();
        String[] a = arguments.get();
        return a.length > 0 && "-jar".equals(a[0]) ? Optional.of(List.of()) : Optional.empty();
    }

    /**
     * A debugger, agent or flight recording is meant for the process the user started: relaunched,
     * both would bind the same port or write the same recording.
     */
    static boolean diagnosing(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-agentlib") || o.startsWith("-agentpath") || o.startsWith("-javaagent")
                || o.startsWith("-XX:StartFlightRecording") || o.startsWith("-Xrunjdwp") || o.startsWith("-Xdebug"));
    }

    static boolean switchedOff(String[] args, String env) {
        for (String a : args) {
            if (a.startsWith(OFF_OPTION) && uit(a.substring(OFF_OPTION.length()))) return true;
        }
        return env != null && uit(env);
    }

    private static boolean uit(String waarde) {
        return List.of("uit", "nee", "false", "off", "0").contains(waarde.trim().toLowerCase(Locale.ROOT));
    }

    /** The store folder as Spring would see it from the command line ({@code regietafel.data-map}, default data). */
    static Path dataMap(String[] args) {
        String map = "data";
        for (String a : args) {
            if (a.startsWith("--regietafel.data-map=")) map = a.substring("--regietafel.data-map=".length());
        }
        return Path.of(map);
    }

    /** Whether this JVM is the second process, started by {@link #run} in the first. */
    public static boolean isChild() {
        return "ja".equals(System.getProperty(CHILD));
    }

    private static boolean isBootJar(Path jar) {
        try (var z = new java.util.zip.ZipFile(jar.toFile())) {
            return z.getEntry("BOOT-INF/classes/") != null || z.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Interrupted waiting means this process is being stopped: the shutdown hook stops the child. */
    private static int waitFor(Process child) {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Ctrl+C or a plain kill of this process: the child gets the same, and its own shutdown runs. */
    private static void stopChild(Process child) {
        if (!child.isAlive()) return;
        child.destroy();
        try {
            if (!child.waitFor(30, TimeUnit.SECONDS)) child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * A parent killed outright (kill -9, task manager) cannot stop its child: the child then
     * stops at once, as the one process did before, and the next run recovers the job.
     */
    private static void watchParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    }
}
