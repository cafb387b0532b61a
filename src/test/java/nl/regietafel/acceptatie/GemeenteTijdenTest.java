package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.batch.Run;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.report.factsheet.FactsheetModel;
import nl.regietafel.report.factsheet.Factsheets;
import nl.regietafel.report.factsheet.Maandcache;
import nl.regietafel.uitvraag.Uitvraag;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * SPEC §8: the warm marginal cost of one gemeente (factsheet PDF + XLSX + uitvraag). Printed, not
 * asserted (machines differ): on one thread, and per gemeente on two threads as the step runs.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:gemeentetijden;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/gemeentetijden"})
class GemeenteTijdenTest {

    static final int RONDES = 15;

    @Autowired
    JobStarter starter;
    @Autowired
    Maandcache maanden;
    @Autowired
    Factsheets factsheets;
    @Autowired
    Uitvraag uitvraag;

    @Test
    void warmeKostenPerGemeente() throws Exception {
        Path output = Maandrun.tempOutput("tijden");
        Run run = Maandrun.twente(output);
        starter.start("import", run);
        starter.start("verdeling", run);
        Maandcache.Maand maand = maanden.maand(run, "VR05");
        List<Gemeente> gemeenten = maand.gegevens().indeling().gemeenten("VR05");
        Path map = Files.createDirectories(output.resolve("tijden"));

        for (int i = 0; i < 6; i++) { // warm-up: the JIT needs a few dozen documents
            gemeenten.forEach(g -> gemeente(run, maand, g, map));
        }
        java.util.Arrays.fill(delen, 0);
        long t0 = System.nanoTime();
        for (int i = 0; i < RONDES; i++) {
            gemeenten.forEach(g -> gemeente(run, maand, g, map));
        }
        double eenDraad = (System.nanoTime() - t0) / 1e6 / (RONDES * gemeenten.size());
        System.out.printf("  delen: model %.1f ms, factsheet PDF+XLSX %.1f ms, uitvraag %.1f ms%n",
                delen[0] / 1e6 / (RONDES * gemeenten.size()), delen[1] / 1e6 / (RONDES * gemeenten.size()),
                delen[2] / 1e6 / (RONDES * gemeenten.size()));

        ExecutorService twee = Executors.newFixedThreadPool(2);
        try {
            t0 = System.nanoTime();
            List<Future<?>> klaar = new java.util.ArrayList<>();
            for (int i = 0; i < RONDES; i++) {
                for (Gemeente g : gemeenten) {
                    Path eigen = Files.createDirectories(map.resolve("r" + i));
                    klaar.add(twee.submit(() -> gemeente(run, maand, g, eigen)));
                }
            }
            for (Future<?> f : klaar) f.get();
        } finally {
            twee.shutdown();
        }
        double tweeDraden = (System.nanoTime() - t0) / 1e6 / (RONDES * gemeenten.size());

        System.out.printf("%nWarme kosten per gemeente (factsheet PDF + XLSX + uitvraag), %d gemeenten x %d rondes:%n"
                + "  één thread:        %.1f ms%n  twee threads:      %.1f ms per gemeente (doorvoer)%n",
                gemeenten.size(), RONDES, eenDraad, tweeDraden);
        assertThat(map.resolve("GM0153-enschede.pdf")).isNotEmptyFile();
    }

    final long[] delen = new long[3];

    private void gemeente(Run run, Maandcache.Maand maand, Gemeente g, Path map) {
        long a = System.nanoTime();
        FactsheetModel model = factsheets.model(run, "VR05", g.code());
        long b = System.nanoTime();
        factsheets.schrijf(model, map.resolve(Factsheets.bestandsnaam(g) + ".pdf"), map.resolve(Factsheets.bestandsnaam(g) + ".xlsx"));
        long c = System.nanoTime();
        YearMonth volgende = YearMonth.of(2023, 1);
        uitvraag.schrijf(maand, g, volgende, map.resolve(Uitvraag.bestandsnaam(g, volgende)));
        long d = System.nanoTime();
        synchronized (delen) {
            delen[0] += b - a;
            delen[1] += c - b;
            delen[2] += d - c;
        }
    }
}
