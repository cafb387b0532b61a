package nl.regietafel.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.ingest.MaandretourReader;
import nl.regietafel.report.Rendertijden;


/**
 * SPEC §8 figures, not a test. Generates a synthetic national month ({@link LandelijkeMaand}) from
 * the real reference data, then runs the packaged jar and prints, each run with its wall time,
 * CPU time (user + sys) and peak RSS: start-up ({@code --help}); the Twente month on an empty
 * store, its first run (which makes the start-up cache), then with cache, without cache
 * ({@code --regietafel.cds=uit}) and LibreOffice converting that month's workbooks in turn
 * (medians, ratios); where each run's wall time went (JVM and Spring start, Flyway, the job's
 * steps); the whole country against Twente (the difference, and that per extra gemeente: its first run
 * on an empty store, and the same command again on that store, like the Twente runs beside it); the warm
 * import of one maandretour; what one more gemeente's documents cost, warm ({@link Gemeentekosten},
 * SPEC §8's marginal cost); and the national year ({@link LandelijkJaar}: 342 gemeenten × 13
 * months, one run of the last month on an empty store); and the top of a flight recording of one
 * more Twente run ({@link Profielsamenvatting}). Also written to {@code target/benchmark.txt}.
 *
 * <pre>
 * mvn -q -B package -DskipTests &amp;&amp; mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) nl.regietafel.benchmark.Benchmark [werkmap [twente|maand|jaar]]
 * </pre>
 */
public final class Benchmark {

    static final YearMonth PERIODE = YearMonth.of(2022, 12);
    static final Path JAR = Path.of("target/regietafel.jar");
    static final Path TIME = Path.of("/usr/bin/time");

    static final int TWENTE_GEMEENTEN = 14;
    static final int LANDELIJK_GEMEENTEN = 342;

    private final List<String> tabel = new ArrayList<>();

    /** {@code twente} as second argument: only the Twente month, its cache and LibreOffice (a few minutes). */
    private final boolean alleenTwente;
    /** {@code maand} as second argument: everything but the national year (which generates 4.104 returns more). */
    private final boolean alleenMaand;

    Benchmark(String modus) {
        this.alleenTwente = modus.equals("twente");
        this.alleenMaand = modus.equals("maand");
    }

    public static void main(String[] args) throws Exception {
        String modus = args.length > 1 ? args[1] : "";
        Path werk = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("regietafel-benchmark");
        if (modus.equals("jaar")) new Benchmark(modus).alleenJaar(werk);
        else new Benchmark(modus).draai(werk);
    }

    /** {@code jaar} as second argument: only the national year (its input, one run), for a quick look. */
    void alleenJaar(Path werk) throws Exception {
        Files.createDirectories(werk);
        Path nl = LandelijkeMaand.genereer(werk.resolve("nl-input"));
        Meting m = landelijkJaar(werk, nl);
        regel("meting", "wandtijd", "cpu", "piek-RSS", "doel");
        jaar(m, LandelijkJaar.store(werk.resolve("db-jaar/regietafel")), stapduur(werk.resolve("db-jaar/regietafel")));
        tabel.forEach(System.out::println);
    }

    /** The national year's input and its one run of the last month on an empty store. */
    Meting landelijkJaar(Path werk, Path nl) throws Exception {
        long g0 = System.nanoTime();
        Path invoer = LandelijkJaar.genereer(nl, werk.resolve("jaar-input"));
        System.out.printf("synthetisch landelijk jaar: %s (%d ms)%n", invoer, ms(g0));
        org.springframework.util.FileSystemUtils.deleteRecursively(werk.resolve("db-jaar")); // one run on an empty store
        return jar(werk, "jaar", List.of("--regio=NL", "--periode=" + LandelijkJaar.LAATSTE, "--input=" + invoer,
                "--output=" + werk.resolve("uit-jaar"), "--regietafel.data-map=" + werk.resolve("data-twente").toAbsolutePath()));
    }

    void draai(Path werk) throws Exception {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR + " ontbreekt: eerst mvn -q -B package -DskipTests");
        Files.createDirectories(werk); // the Twente-only mode writes its logs there before anything else makes it
        long t0 = System.nanoTime();
        Path nl = alleenTwente ? null : LandelijkeMaand.genereer(werk.resolve("nl-input"));
        if (nl != null) System.out.printf("synthetische landelijke maand: %s (%d ms)%n", nl, ms(t0));

        double help = mediaan(3, () -> jar(werk, "help", List.of("--help")).wandtijd);
        // Twente with the README's command: the first run on an empty store makes the start-up cache;
        // then cached, without cache and LibreOffice in turn, so that the machine's drift hits all three
        List<String> twente = List.of("--input=input");
        Meting koudZonder = jar(werk, "twente-zonder", met(twente, UIT, "--output=" + werk.resolve("uit-zonder")));
        Meting eerste = jar(werk, "twente", met(twente, "--output=" + werk.resolve("uit-twente")));
        List<Meting> metCache = new ArrayList<>();
        List<Meting> zonder = new ArrayList<>();
        List<Double> office = new ArrayList<>();
        // The README's command runs the newest month of input/: LibreOffice converts that month's workbooks.
        List<Path> werkboeken = xlsx(werk.resolve("uit-twente").resolve(nieuwsteMaand().toString()));
        boolean lo = Files.isExecutable(SOFFICE) && !werkboeken.isEmpty();
        if (lo) libreOffice(werk, werkboeken); // its first start makes a user profile: not counted
        for (int i = 0; i < RONDES; i++) {
            metCache.add(jar(werk, "twente", met(twente, "--output=" + werk.resolve("uit-twente"))));
            zonder.add(jar(werk, "twente-zonder", met(twente, UIT, "--output=" + werk.resolve("uit-zonder"))));
            if (lo) office.add(libreOffice(werk, werkboeken));
        }
        // One more run with a flight recording of the run itself: where the Twente month's time goes.
        Path jfr = werk.resolve("twente.jfr");
        Files.deleteIfExists(jfr);
        Meting geprofileerd = jar(werk, "twente", met(twente, "--output=" + werk.resolve("uit-twente"), "--regietafel.profiel=" + jfr));
        List<String> profiel = Files.isRegularFile(jfr) ? Profielsamenvatting.regels(jfr, 12) : List.of("(geen profiel: " + jfr + " ontbreekt)");
        Meting land = null;
        List<Meting> landelijk = new ArrayList<>();
        List<Meting> naastLandelijk = new ArrayList<>();
        List<Meting> landelijkOpnieuw = new ArrayList<>();
        List<String> stappen = List.of();
        double lezen = 0;
        double importeren = 0;
        if (nl != null) {
            // each run on an empty store of its own and into its own folder; the last one ("nl") is the one whose steps are
            // listed; the store folder of the Twente runs, so the national run finds the start-up cache as a user's second run would
            for (int i = 1; i <= RONDES; i++) {
                String naam = i == RONDES ? "nl" : "nl-" + i;
                // a Twente run just before each national one: the machine's speed drifts (up to a third within the
                // hour on a shared machine), and a difference of runs minutes apart would measure that drift too
                naastLandelijk.add(jar(werk, "twente", met(twente, "--output=" + werk.resolve("uit-twente"))));
                List<String> args = List.of("--regio=NL", "--input=" + nl, "--output=" + werk.resolve("uit-" + naam),
                        "--regietafel.data-map=" + werk.resolve("data-twente").toAbsolutePath());
                landelijk.add(jar(werk, naam, args));
                if (i == RONDES) stappen = stapduur(werk.resolve("db-nl/regietafel")); // the first run's steps only
                // the same command again on its store, as the Twente runs beside it: like against like, so that the
                // difference is what the 328 gemeenten more cost, not what an empty store costs once
                landelijkOpnieuw.add(jar(werk, naam, args));
            }
            land = mediaanMeting(landelijk);
            lezen = warmLezen(nl);
            importeren = warmImporteren(nl);
        }
        // after the runs of the jar: what one more gemeente's documents cost, warm
        Gemeentekosten.Kosten gemeente = Gemeentekosten.inEigenProces(werk);
        Meting jaar = null;
        LandelijkJaar.Store jaarStore = null;
        if (nl != null && !alleenMaand) {
            jaar = landelijkJaar(werk, nl);
            jaarStore = LandelijkJaar.store(werk.resolve("db-jaar/regietafel"));
        }

        String belasting = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        double cache = mediaan(metCache, Meting::wandtijd);
        double geen = mediaan(zonder, Meting::wandtijd);
        double cacheCpu = mediaan(metCache, Meting::cpu);
        regel("meting", "wandtijd", "cpu", "piek-RSS", "doel");
        regel("Twente: de standaardopdracht, maand " + nieuwsteMaand()
                + " (de eerste run leest de eerdere maanden in)", "", "", "", "");
        regel("--help (opstart zonder Spring)", s(help), "", "", "");
        regel("Twente, lege store, zonder cache", s(koudZonder.wandtijd), s(koudZonder.cpu), mb(koudZonder.rss), "");
        regel("Twente, lege store, eerste run (maakt cache)", s(eerste.wandtijd), s(eerste.cpu), mb(eerste.rss), "");
        regel("Twente, met cache, opnieuw op dezelfde store (mediaan van " + RONDES + ")", s(cache), s(cacheCpu), mb(metCache.get(0).rss), "");
        regel("Twente, --regietafel.cds=uit, opnieuw (mediaan van " + RONDES + ")", s(geen), s(mediaan(zonder, Meting::cpu)), mb(zonder.get(0).rss), "");
        regel("  met / zonder cache (mediaan per paar)", verhouding(metCache, zonder), "", "", "");
        if (lo) {
            double soffice = office.stream().sorted().toList().get(office.size() / 2);
            regel("LibreOffice: " + werkboeken.size() + " xlsx naar pdf (mediaan van " + RONDES + ")", s(soffice), "", "", "");
            regel("  Twente met cache / LibreOffice", String.format(Locale.ROOT, "%.2f", cache / soffice), "", "", "≤ 0,40");
        } else {
            // the ratio is the first target: its absence must show, not leave a gap in the table
            regel("LibreOffice: niet gemeten (" + (Files.isExecutable(SOFFICE) ? "geen werkboeken in de uitvoer"
                    : SOFFICE + " ontbreekt; Debian: libreoffice-calc-nogui") + ")", "-", "", "", "≤ 0,40");
        }
        fasen("Twente, eerste run", eerste);
        fasen("Twente, met cache", metCache.get(metCache.size() - 1));
        fasen("Twente, zonder cache", zonder.get(zonder.size() - 1));
        regel("  verschil Twente (met cache) − --help", s(cache - help), "", "", "");
        if (land != null) {
            regel("NL (--regio=NL), 342 gemeenten, lege store, exit " + land.code + " (mediaan van " + RONDES + "; piek: de hoogste)",
                    s(land.wandtijd), s(land.cpu), mb(land.rss), "≤ Twente + 10 s, ≤ 1 GiB");
            regel("  NL − Twente (met cache), medianen van hierboven", s(land.wandtijd - cache), s(land.cpu - cacheCpu), "", "");
            double verschil = verschil(landelijk, naastLandelijk, Meting::wandtijd);
            double verschilCpu = verschil(landelijk, naastLandelijk, Meting::cpu);
            regel("  NL − Twente, om en om (mediaan per paar; Twente " + s(mediaan(naastLandelijk, Meting::wandtijd)) + ")",
                    s(verschil), s(verschilCpu), "", "≤ 10 s");
            // The national run's extra time over its extra gemeenten: besides their factsheets and forms also the
            // documents of 24 regions and 11 provinces more, and their import; SPEC §8's marginal cost is the former
            // only, measured below (Gemeentekosten)
            int extra = LANDELIJK_GEMEENTEN - TWENTE_GEMEENTEN;
            regel("  alles per extra gemeente (NL − Twente, om en om) / " + extra, ms(verschil / extra),
                    ms(verschilCpu / extra), "", "incl. regiodocumenten");
            double opnieuw = verschil(landelijkOpnieuw, naastLandelijk, Meting::wandtijd);
            double opnieuwCpu = verschil(landelijkOpnieuw, naastLandelijk, Meting::cpu);
            regel("NL opnieuw op dezelfde store, zoals Twente (mediaan van " + RONDES + "; piek: de hoogste)", s(mediaan(landelijkOpnieuw, Meting::wandtijd)),
                    s(mediaan(landelijkOpnieuw, Meting::cpu)), mb(mediaanMeting(landelijkOpnieuw).rss), "");
            regel("  NL opnieuw − Twente opnieuw, om en om (mediaan per paar)", s(opnieuw), s(opnieuwCpu), "", "≤ 10 s");
            regel("  alles per extra gemeente (NL opnieuw − Twente opnieuw) / " + extra, ms(opnieuw / extra),
                    ms(opnieuwCpu / extra), "", "incl. regiodocumenten");
            fasen("NL", land);
            regel("lezen+valideren 1 maandretour, warm", String.format(Locale.ROOT, "%.1f ms", lezen), "", "", "");
            regel("import 1 maandretour (lezen+opslaan), warm", String.format(Locale.ROOT, "%.1f ms", importeren), "", "", "≤ 20 ms");
        }
        regel("marginaal: 1 gemeente (factsheet PDF + XLSX + uitvraag), warm, één draad", ms(gemeente.eenDraad() / 1000), "", "",
                "Twente, " + gemeente.gemeenten() + " gemeenten × " + Gemeentekosten.RONDES + ", na " + Gemeentekosten.OPWARMEN
                        * gemeente.gemeenten() + " andere");
        regel(String.format(Locale.ROOT, "  waarvan factsheet %.1f ms, uitvraag %.1f ms", gemeente.factsheet(), gemeente.uitvraag()),
                "", "", "", "");
        regel("  op twee draden, per gemeente (partities van " + Gemeentekosten.PER_PARTITIE + ", zoals de stap)",
                ms(gemeente.tweeDraden() / 1000), "", "", "≤ 25 ms");
        if (jaar != null) jaar(jaar, jaarStore, stapduur(werk.resolve("db-jaar/regietafel")));
        List<String> twenteStappen = stapduur(werk.resolve("db-twente/regietafel"));
        StringBuilder uit = new StringBuilder();
        uit.append(String.format("Regietafel benchmark %s, %d cores, load %s, java %s%n", java.time.LocalDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(), belasting, System.getProperty("java.version")));
        tabel.forEach(r -> uit.append(r).append('\n'));
        if (!stappen.isEmpty()) uit.append("NL: duur per stap (uit de job repository), langste eerst:\n");
        stappen.stream().limit(12).forEach(r -> uit.append("  ").append(r).append('\n'));
        uit.append("Twente (alle runs met cache): duur per stap, langste eerst:\n");
        twenteStappen.stream().limit(12).forEach(r -> uit.append("  ").append(r).append('\n'));
        uit.append(String.format(Locale.ROOT, "Profiel van de Twentse maand met cache (één run, %.2f s, --regietafel.profiel=%s):%n",
                geprofileerd.wandtijd, jfr));
        profiel.forEach(r -> uit.append("  ").append(r).append('\n'));
        Path scratch = werk.resolve("rendertijden");
        Files.createDirectories(scratch);
        uit.append(Rendertijden.meet(scratch));
        System.out.print(uit);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark.txt"), uit);
    }

    /** The national year's lines: the run, its import (from the job repository), what the store holds. */
    private void jaar(Meting m, LandelijkJaar.Store store, List<String> stappen) {
        regel("NL-jaar: " + LandelijkJaar.maanden() + " maanden × " + LANDELIJK_GEMEENTEN + ", --periode=" + LandelijkJaar.LAATSTE
                + ", lege store, exit " + m.code, s(m.wandtijd), s(m.cpu), mb(m.rss), "");
        String importStap = stappen.stream().filter(r -> r.startsWith("maandImportStep ")).findFirst()
                .map(r -> r.replaceAll("^maandImportStep\\s+\\S+\\s+(\\S+) ms.*", "$1")).orElse("?");
        regel("  waarvan import (maandImportStep)", importStap.equals("?") ? "?" : s(Long.parseLong(importStap) / 1000.0), "", "", "");
        // Read from the store, not assumed: until a run imports every earlier period of input/retouren/ this says 342 in 1.
        regel("  maandretouren in de store", store.retouren() + " in " + store.perioden() + " perioden", "", "",
                "van " + LandelijkJaar.maanden() * LANDELIJK_GEMEENTEN + " in " + LandelijkJaar.maanden());
        regel("  store op schijf (H2)", mb(store.bytes()), "", "", "");
    }

    // ---- running the jar ----------------------------------------------------------------------

    /** One run: wall and CPU seconds (user + sys, NaN without /usr/bin/time), peak RSS, exit code, where the time went. */
    record Meting(double wandtijd, double cpu, long rss, int code, String springStart, double jvmTotSpring, double flyway) {
    }

    interface Maat {
        double meet() throws Exception;
    }

    static final int RONDES = 3;
    static final String UIT = "--regietafel.cds=uit";
    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    static List<String> met(List<String> args, String... meer) {
        List<String> uit = new ArrayList<>(args);
        uit.addAll(List.of(meer));
        return uit;
    }

    /** The run with the median wall time, with the highest peak of all runs and the first exit code that is not 0. */
    static Meting mediaanMeting(List<Meting> metingen) {
        List<Meting> opTijd = metingen.stream().sorted(java.util.Comparator.comparingDouble(Meting::wandtijd)).toList();
        Meting m = opTijd.get(opTijd.size() / 2);
        long piek = metingen.stream().mapToLong(Meting::rss).max().orElse(0);
        int code = metingen.stream().mapToInt(Meting::code).filter(c -> c != 0).findFirst().orElse(0);
        return new Meting(m.wandtijd, m.cpu, piek, code, m.springStart, m.jvmTotSpring, m.flyway);
    }

    /** The median of the pairs' differences {@code a.get(i) − b.get(i)}. */
    static double verschil(List<Meting> a, List<Meting> b, java.util.function.ToDoubleFunction<Meting> maat) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) d[i] = maat.applyAsDouble(a.get(i)) - maat.applyAsDouble(b.get(i));
        Arrays.sort(d);
        return d[d.length / 2];
    }

    static double mediaan(List<Meting> metingen, java.util.function.ToDoubleFunction<Meting> maat) {
        double[] w = metingen.stream().mapToDouble(maat).sorted().toArray();
        return w[w.length / 2];
    }

    /** The median of the ratios pair by pair, which holds when the machine's speed drifts between pairs. */
    static String verhouding(List<Meting> a, List<Meting> b) {
        double[] r = new double[a.size()];
        for (int i = 0; i < r.length; i++) r[i] = a.get(i).wandtijd / b.get(i).wandtijd;
        java.util.Arrays.sort(r);
        return String.format(Locale.ROOT, "%.2f", r[r.length / 2]);
    }

    /** Where a run's wall time went: JVM and Spring until the context is up (of which Flyway), the job after it. */
    void fasen(String naam, Meting m) {
        if (Double.isNaN(m.jvmTotSpring)) return;
        regel("  " + naam + ": JVM + Spring-opstart", s(m.jvmTotSpring), "", "", "Spring zelf " + m.springStart);
        regel("  " + naam + ":   waarvan Flyway", s(m.flyway), "", "", "");
        regel("  " + naam + ": job en afsluiten", s(m.wandtijd - m.jvmTotSpring), "", "", "");
    }

    /** The month's workbooks as an analyst would convert them: one LibreOffice call with its own profile. */
    static double libreOffice(Path werk, List<Path> werkboeken) throws Exception {
        Path pdf = werk.resolve("lo-pdf");
        List<String> cmd = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + werk.resolve("lo-profiel").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdf.toString()));
        werkboeken.forEach(w -> cmd.add(w.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(werk.resolve("libreoffice.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice duurde langer dan 10 minuten");
        }
        double wand = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  libreoffice: exit %d, %.2f s%n", p.exitValue(), wand);
        return wand;
    }

    static List<Path> xlsx(Path map) throws IOException {
        if (!Files.isDirectory(map)) return List.of();
        try (Stream<Path> s = Files.walk(map)) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    static double mediaan(int keer, Maat m) throws Exception {
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < keer; i++) w.add(m.meet());
        w.sort(null);
        return w.get(keer / 2);
    }

    /** One {@code java -jar} with its own H2 file store; peak RSS from /usr/bin/time -v when present. */
    /** The newest month of the shipped input: what the README's command runs. */
    static YearMonth nieuwsteMaand() {
        List<YearMonth> perioden = nl.regietafel.ingest.Maandmappen.perioden(Path.of("input"));
        return perioden.get(perioden.size() - 1);
    }

    Meting jar(Path werk, String naam, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        boolean time = Files.isExecutable(TIME);
        if (time) cmd.addAll(List.of(TIME.toString(), "-v"));
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(args);
        if (!args.contains("--help")) {
            cmd.add("--spring.datasource.url=jdbc:h2:file:" + werk.resolve("db-" + naam + "/regietafel").toAbsolutePath());
            if (args.stream().noneMatch(a -> a.startsWith("--regietafel.data-map="))) {
                cmd.add("--regietafel.data-map=" + werk.resolve("data-" + naam).toAbsolutePath());
            }
            cmd.add("--logging.level.org.flywaydb.core.internal.command=INFO"); // its "execution time" lines
            cmd.add("--spring.main.log-startup-info=true"); // the "Started ... in" line, off for users
        }
        Path log = werk.resolve(naam + ".log");
        // Flyway's "execution time" lines go to the tool's log file, not the console: read what this run adds
        Path logbestand = args.stream().filter(a -> a.startsWith("--regietafel.data-map=")).findFirst()
                .map(a -> Path.of(a.substring("--regietafel.data-map=".length())))
                .orElse(werk.resolve("data-" + naam)).resolve("regietafel.log");
        long logVoor = Files.exists(logbestand) ? Files.size(logbestand) : 0;
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(naam + " duurde langer dan 30 minuten");
        }
        double wand = (System.nanoTime() - t0) / 1e9;
        String tekst = Files.readString(log);
        long rss = 0;
        Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(tekst);
        if (m.find()) rss = Long.parseLong(m.group(1)) * 1024;
        double cpu = Double.NaN;
        Matcher user = Pattern.compile("User time \\(seconds\\): ([\\d.]+)").matcher(tekst);
        Matcher sys = Pattern.compile("System time \\(seconds\\): ([\\d.]+)").matcher(tekst);
        if (user.find() && sys.find()) cpu = Double.parseDouble(user.group(1)) + Double.parseDouble(sys.group(1));
        // Spring names the main class it was given (AotMain since the ahead-of-time step), so any name
        Matcher start = Pattern.compile("Started \\w+ in ([\\d.]+) seconds \\(process running for ([\\d.]+)\\)")
                .matcher(tekst);
        boolean gestart = start.find();
        double flyway = 0;
        String logTekst = "";
        if (Files.exists(logbestand)) {
            byte[] alles = Files.readAllBytes(logbestand);
            logTekst = new String(alles, (int) Math.min(logVoor, alles.length), (int) Math.max(0, alles.length - logVoor),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher f = Pattern.compile("execution time (\\d+):(\\d+)\\.(\\d+)s").matcher(logTekst);
        while (f.find()) flyway += Integer.parseInt(f.group(1)) * 60 + Double.parseDouble(f.group(2) + "." + f.group(3));
        System.out.printf("  %s: exit %d, %.2f s (log %s)%n", naam, p.exitValue(), wand, log);
        return new Meting(wand, cpu, rss, p.exitValue(), gestart ? start.group(1) + " s" : "",
                gestart ? Double.parseDouble(start.group(2)) : Double.NaN, flyway);
    }

    /** Step durations of the last NL run, from the H2 file store the jar wrote. */
    public static List<String> stapduur(Path db) {
        List<String> uit = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT s.step_name, s.status, s.read_count, s.write_count,
                            DATEDIFF('MILLISECOND', s.start_time, s.end_time) AS ms
                     FROM batch_step_execution s ORDER BY ms DESC NULLS FIRST""")) {
            while (rs.next()) {
                uit.add(String.format(Locale.ROOT, "%-22s %-9s %7s ms  (gelezen %d, geschreven %d)", rs.getString(1), rs.getString(2),
                        rs.getObject(5) == null ? "?" : rs.getLong(5), rs.getLong(3), rs.getLong(4)));
            }
        } catch (Exception e) {
            uit.add("(geen stapduur: " + e.getMessage() + ")");
        }
        return uit;
    }

    /** Warm read of the generated returns in this JVM: three rounds over all 342, the last one counts. */
    static double warmLezen(Path input) throws Exception {
        Gebiedsindeling indeling = LandelijkeMaand.referentie(input.resolve("referentie")).indeling();
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(input.resolve("retouren").resolve(PERIODE.toString()))) {
            bestanden = s.sorted().toList();
        }
        double perBestand = 0;
        for (int ronde = 0; ronde < 3; ronde++) {
            long t0 = System.nanoTime();
            for (Path b : bestanden) {
                if (MaandretourReader.lees(b, indeling, PERIODE).isAfgewezen()) throw new IllegalStateException("afgewezen: " + b);
            }
            perBestand = (System.nanoTime() - t0) / 1e6 / bestanden.size();
        }
        return perBestand;
    }

    /**
     * Warm import in this JVM with the application's own beans on an in-memory H2 store: read,
     * validate and store every return in its own transaction, as retourenStep does; three rounds
     * on an emptied store, the last one counts.
     */
    static double warmImporteren(Path input) throws Exception {
        try (var ctx = applicatie("benchmark", input.resolveSibling("data-warm"))) {
            var retouren = ctx.getBean(nl.regietafel.ingest.RetourImport.class);
            var referentie = ctx.getBean(nl.regietafel.ingest.ReferentieImport.class);
            var tx = new org.springframework.transaction.support.TransactionTemplate(
                    ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            var jdbc = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            var run = nl.regietafel.run.Run.van(new nl.regietafel.cli.Opdracht("import", PERIODE, "NL", input, input.resolveSibling("uit-warm")),
                    "benchmark");
            referentie.importeer(run);
            List<Path> bestanden = retouren.bestanden(run.input(), PERIODE.toString());
            double perBestand = 0;
            for (int ronde = 0; ronde < 3; ronde++) {
                for (String t : List.of("knelpunt", "statushouders", "locatie", "retour", "melding")) jdbc.sql("DELETE FROM " + t).update();
                jdbc.sql("DELETE FROM invoerbestand WHERE soort = 'RETOUR'").update();
                long t0 = System.nanoTime();
                for (Path b : bestanden) tx.executeWithoutResult(st -> retouren.bewaar(retouren.lees(run, b)));
                perBestand = (System.nanoTime() - t0) / 1e6 / bestanden.size();
            }
            long opgeslagen = jdbc.sql("SELECT COUNT(*) FROM retour").query(Long.class).single();
            if (opgeslagen != bestanden.size()) throw new IllegalStateException(opgeslagen + " van " + bestanden.size() + " opgeslagen");
            return perBestand;
        }
    }

    /**
     * The application's own beans in this JVM, on an in-memory H2 store named {@code db}, quiet. As arguments, not
     * default properties: application.properties outranks defaults, and then a measurement wrote into the user's own
     * data/ store.
     */
    static org.springframework.context.ConfigurableApplicationContext applicatie(String db, Path dataMap) {
        return new org.springframework.boot.SpringApplication(nl.regietafel.RegietafelApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1",
                "--regietafel.data-map=" + dataMap.toAbsolutePath(),
                "--logging.level.root=ERROR", "--logging.level.nl.regietafel=ERROR");
    }

    // ---- printing -----------------------------------------------------------------------------

    void regel(String meting, String wand, String cpu, String rss, String doel) {
        tabel.add(String.format("%-52s %10s %9s %9s   %s", meting, wand, cpu, rss, doel));
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static String s(double sec) {
        return Double.isNaN(sec) ? "?" : String.format(Locale.ROOT, "%.2f s", sec);
    }

    static String ms(double sec) {
        return Double.isNaN(sec) ? "?" : String.format(Locale.ROOT, "%.1f ms", sec * 1000);
    }

    static String mb(long bytes) {
        return bytes == 0 ? "?" : bytes / (1024 * 1024) + " MB";
    }
}
