package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import nl.regietafel.benchmark.Pakketinhoud;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the documents rendered on both cores say exactly what the serial run says. The real
 * main runs the provincie Overijssel (PV23: two veiligheidsregio's, so the per-region loops, the
 * split of region and gemeente documents and the factsheet partitions all run side by side) once
 * with one rendering thread and once with two, each on its own empty store; then every file of the
 * two packages is compared: a PDF's text page by page, a workbook's cells, other files as text.
 * Only the time of making and the run id differ between any two runs; they are masked.
 */
class SerieelParallelTest {

    @TempDir
    Path tmp;

    @Test
    void parallel_gemaakte_documenten_zijn_gelijk_aan_serieel_gemaakte() throws Exception {
        Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        Map<String, String> serieel = pakket(input, "serieel", 1);
        Map<String, String> parallel = pakket(input, "parallel", 2);

        // Twente's package: 14 factsheets, maandpakket and procesplan tables as PDF (the PRT-inbreng
        // is the provincie's, the controlerapport the run's); IJsselland has no returns in the
        // sample and still gets its package.
        assertThat(serieel.keySet()).contains("VR05-twente/maandpakket.pdf", "VR05-twente/factsheets/GM0153-enschede.xlsx",
                "VR04-ijsselland/maandpakket.xlsx", "VR05-twente/uitvraag/GM0153-enschede-2023-01.xlsx", "index.html",
                "controlerapport.pdf", "distributielijst.csv");
        assertThat(serieel.keySet().stream().filter(p -> p.startsWith("VR05-twente/") && p.endsWith(".pdf"))).hasSize(14 + 2);
        assertThat(parallel.keySet()).isEqualTo(serieel.keySet());
        serieel.forEach((bestand, inhoud) -> assertThat(parallel.get(bestand)).as(bestand).isEqualTo(inhoud));
        assertThat(serieel.get("VR05-twente/maandpakket.pdf")).contains("Twente");
    }

    private Map<String, String> pakket(Path input, String naam, int draden) throws Exception {
        Path map = Files.createDirectories(tmp.resolve(naam));
        Path output = map.resolve("output");
        Kindproces.Uitkomst u = Kindproces.in(map).draai("--input=" + input, "--output=" + output, "--regio=PV23",
                "--regietafel.draden=" + draden);
        assertThat(u.code()).as(u.stdout() + u.stderr()).isIn(0, 2);
        assertThat(u.stdout()).contains("Klaar");
        return Pakketinhoud.lees(output.resolve("2022-12"));
    }
}
