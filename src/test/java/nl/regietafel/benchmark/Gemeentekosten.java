package nl.regietafel.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.report.factsheet.Factsheets;
import nl.regietafel.report.factsheet.Maandcache;
import nl.regietafel.run.Run;
import nl.regietafel.uitvraag.Uitvraag;

import org.springframework.util.FileSystemUtils;

/**
 * SPEC §8's marginal cost of one gemeente as the SPEC defines it: its factsheet PDF + XLSX and its
 * uitvraag, warm, with the application's own beans, for the 14 gemeenten of the shipped Twente
 * month (real data: locations, history, the locator map). The factsheets are made as the batch step
 * makes them ({@link Factsheets#render(Run, String, List)}: map and development included), the
 * forms as the uitvraag step does. Measured in a JVM of its own with the compiler and heap settings
 * the tool gives a national run (only the fast compiler), after as many gemeenten as a national run
 * has made before its last one: on one thread, and on two threads with the step's partitions of
 * four, whose time per gemeente is what one more gemeente adds to a run that fills both cores.
 */
final class Gemeentekosten {

    static final String REGIO = "VR05";
    static final YearMonth PERIODE = YearMonth.of(2022, 12);
    /** 24 rounds of 14: 336 gemeenten, about as many as a national run has made before its last one. */
    static final int OPWARMEN = 24;
    static final int PER_PARTITIE = 4;
    static final int RONDES = 15;

    /** Milliseconds per gemeente: all three documents on one thread, of which the factsheet; and on two threads. */
    record Kosten(double eenDraad, double factsheet, double uitvraag, double tweeDraden, int gemeenten) {
    }

    private Gemeentekosten() {
    }

    /** In a JVM of its own, with the settings of a national run of the tool; its output in {@code werk/gemeentekosten.log}. */
    static Kosten inEigenProces(Path werk) throws Exception {
        Path log = werk.resolve("gemeentekosten.log");
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                // as the tool's launcher starts a national run (Relauncher): the fast compiler only, its heap and collector
                "-XX:TieredStopAtLevel=1", "-Xmx768m", "-XX:+UseParallelGC"));
        if (Runtime.getRuntime().availableProcessors() <= 2) cmd.add("-XX:CICompilerCount=1");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Gemeentekosten.class.getName(), werk.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) throw new IllegalStateException("meting van één gemeente mislukt, zie " + log);
        String regel = Files.readAllLines(log).stream().filter(r -> r.startsWith(UITKOMST)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("geen uitkomst in " + log));
        String[] d = regel.substring(UITKOMST.length()).trim().split(" ");
        return new Kosten(Double.parseDouble(d[0]), Double.parseDouble(d[1]), Double.parseDouble(d[2]),
                Double.parseDouble(d[3]), Integer.parseInt(d[4]));
    }

    static final String UITKOMST = "gemeentekosten:";

    public static void main(String[] args) throws Exception {
        Kosten k = meet(Path.of(args[0]));
        System.out.println(String.format(java.util.Locale.ROOT, "%s %.3f %.3f %.3f %.3f %d", UITKOMST, k.eenDraad(),
                k.factsheet(), k.uitvraag(), k.tweeDraden(), k.gemeenten()));
        System.exit(0); // the application context's non-daemon threads must not keep this JVM
    }

    static Kosten meet(Path werk) throws Exception {
        Path output = werk.resolve("uit-gemeentekosten");
        FileSystemUtils.deleteRecursively(output);
        try (var ctx = Benchmark.applicatie("gemeentekosten", werk.resolve("data-gemeentekosten"))) {
            JobStarter starter = ctx.getBean(JobStarter.class);
            Factsheets factsheets = ctx.getBean(Factsheets.class);
            Uitvraag uitvraag = ctx.getBean(Uitvraag.class);
            Run run = Run.van(new Opdracht("maand", PERIODE, REGIO, Path.of("input"), output), JobStarter.nieuwRunId());
            starter.start("import", run);
            starter.start("verdeling", run);
            Maandcache.Maand maand = ctx.getBean(Maandcache.class).maand(run, REGIO);
            List<Gemeente> gemeenten = maand.gegevens().indeling().gemeenten(REGIO);
            Ronde ronde = new Ronde(run, maand, factsheets, uitvraag);

            for (int i = 0; i < OPWARMEN; i++) ronde.een(gemeenten);
            ronde.factsheet = 0;
            ronde.formulier = 0;
            for (int i = 0; i < RONDES; i++) ronde.een(gemeenten);
            int n = RONDES * gemeenten.size();
            double factsheet = ronde.factsheet / 1e6 / n;
            double formulier = ronde.formulier / 1e6 / n;
            double eenDraad = factsheet + formulier; // the emptying of the folders between rounds not counted

            // the step's partitions of four on two threads, every round into a folder of its own (the same run, so the
            // region's month is the one already built) and all rounds queued at once: no thread waits for a round to end
            List<List<Gemeente>> partities = new ArrayList<>();
            for (int i = 0; i < gemeenten.size(); i += PER_PARTITIE) {
                partities.add(gemeenten.subList(i, Math.min(gemeenten.size(), i + PER_PARTITIE)));
            }
            List<Ronde> rondes = new ArrayList<>();
            for (int i = 0; i < RONDES; i++) {
                Run eigen = new Run(run.periode(), run.regio(), run.input(), run.output().resolve("r" + i), run.runId());
                rondes.add(new Ronde(eigen, maand, factsheets, uitvraag));
            }
            ExecutorService twee = Executors.newFixedThreadPool(2);
            long duur;
            try {
                long r0 = System.nanoTime();
                List<Future<?>> klaar = new ArrayList<>();
                for (Ronde r : rondes) {
                    for (List<Gemeente> partitie : partities) klaar.add(twee.submit(() -> r.maak(partitie)));
                }
                for (Future<?> f : klaar) f.get();
                duur = System.nanoTime() - r0;
            } finally {
                twee.shutdown();
            }
            double tweeDraden = duur / 1e6 / n;
            return new Kosten(eenDraad, factsheet, formulier, tweeDraden, gemeenten.size());
        } finally {
            FileSystemUtils.deleteRecursively(output);
        }
    }

    /** One round: every gemeente's factsheet (PDF, XLSX) and form, then the folders emptied again. */
    private static final class Ronde {
        final Run run;
        final Maandcache.Maand maand;
        final Factsheets factsheets;
        final Uitvraag uitvraag;
        final Path factsheetmap;
        final Path formulieren;
        final YearMonth volgende = PERIODE.plusMonths(1);
        long factsheet;
        long formulier;

        /** The factsheets where {@link Factsheets#render} puts them for {@code run}; the forms in its output's uitvraag/. */
        Ronde(Run run, Maandcache.Maand maand, Factsheets factsheets, Uitvraag uitvraag) throws java.io.IOException {
            this.run = run;
            this.maand = maand;
            this.factsheets = factsheets;
            this.uitvraag = uitvraag;
            this.factsheetmap = nl.regietafel.report.Uitvoermap.pakket(run, maand.gegevens().indeling().gebied(REGIO).orElseThrow())
                    .resolve(Factsheets.MAP);
            this.formulieren = Files.createDirectories(run.output().resolve("uitvraag"));
        }

        void een(List<Gemeente> gemeenten) throws Exception {
            maak(gemeenten);
            leeg();
        }

        void maak(List<Gemeente> gemeenten) {
            long a = System.nanoTime();
            int n = factsheets.render(run, REGIO, gemeenten.stream().map(Gemeente::code).toList());
            long b = System.nanoTime();
            for (Gemeente g : gemeenten) uitvraag.schrijf(maand, g, volgende, formulieren.resolve(Uitvraag.bestandsnaam(g, volgende)));
            long c = System.nanoTime();
            if (n != gemeenten.size()) throw new IllegalStateException(n + " van " + gemeenten.size() + " factsheets gemaakt");
            synchronized (this) {
                factsheet += b - a;
                formulier += c - b;
            }
        }

        /** Factsheets.render skips a gemeente whose files exist: every round starts from empty folders. */
        void leeg() throws Exception {
            for (Path map : List.of(factsheetmap, formulieren)) {
                try (var s = Files.list(map)) {
                    for (Path p : s.toList()) Files.delete(p);
                }
            }
        }
    }
}
