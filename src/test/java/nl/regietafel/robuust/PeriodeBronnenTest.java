package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.berekening.Vingerafdruk;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.ingest.Bestanden;
import nl.regietafel.run.Run;
import nl.regietafel.store.InvoerbestandRepository;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A period uses the national documents known at its end (issue 8, item 4). Given the sample with
 * the national Oekraïne prognosis (the source of the 1-1-2024 Oekraïne opgave, 4.800 for Twente)
 * dated 15-1-2023 instead of 16-12-2022, and the December returns copied as January 2023:
 * December 2022 leaves it out and names it in the controlerapport, January 2023 uses it, and
 * December rerun after January shows exactly its first figures; December's fingerprint leaves the
 * later document out.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:periode-bronnen;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/periode-bronnen"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodeBronnenTest {

    @TempDir
    static Path tmp;

    /** The document moved to after December 2022. */
    static final String PROGNOSE = "Landelijke prognose groei naar 120.000 Oekraïense vluchtelingen";

    private final JobStarter starter;
    private final InvoerbestandRepository bestanden;

    @Autowired
    PeriodeBronnenTest(JobStarter starter, InvoerbestandRepository bestanden) {
        this.starter = starter;
        this.bestanden = bestanden;
    }

    List<String> decemberEerst;
    List<String> decemberOpnieuw;
    List<String> januari;
    List<String> controlesDecember;
    String vingerafdrukDecember;
    String vingerafdrukJanuari;
    String prognoseSha;
    /** The documents of the sample year dated in 2023 (the circulaire 2e helft 2023, the DG Oekraïne letter of June). */
    List<String> jaarShas = new ArrayList<>();

    @BeforeAll
    void drieRuns() throws Exception {
        Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        Path yaml = input.resolve("landelijk/documenten.yaml");
        String documenten = Files.readString(yaml);
        String prognose = documenten.substring(documenten.indexOf("landelijke-prognose-oekraine-2024.xlsx"));
        String blok = prognose.substring(0, prognose.indexOf("datum: 2022-12-16") + "datum: 2022-12-16".length());
        Files.writeString(yaml, documenten.replace(blok, blok.replace("datum: 2022-12-16", "datum: 2023-01-15")));
        Path jan = Files.createDirectories(input.resolve("retouren/2023-01"));
        try (Stream<Path> retouren = Files.list(input.resolve(Invoerbank.RETOURMAP))) {
            for (Path r : retouren.toList()) {
                Invoerbank.variant(r, jan.resolve(r.getFileName()), wb -> {
                    for (Row rij : wb.getSheet("Gemeente")) {
                        if (rij.getCell(0) != null && "Peilmaand".equals(rij.getCell(0).getStringCellValue())) {
                            rij.getCell(1).setCellValue("2023-01");
                        }
                    }
                });
            }
        }
        Path output = tmp.resolve("output");
        prognoseSha = Bestanden.sha256(input.resolve("landelijk/landelijke-prognose-oekraine-2024.xlsx"));
        for (String later : List.of("circulaire-taakstelling-2023-2-bijlage-a.xlsx",
                "dg-oekraine-brief-2023-06-15-opvangplekken-per-veiligheidsregio.xlsx")) {
            jaarShas.add(Bestanden.sha256(input.resolve("landelijk").resolve(later)));
        }
        decemberEerst = overzicht(maand(YearMonth.of(2022, 12), input, output));
        vingerafdrukDecember = vingerafdruk(output.resolve("2022-12/maandpakket.xlsx"));
        controlesDecember = cellen(output.resolve("2022-12/controlerapport.xlsx"), "Controles");
        januari = overzicht(maand(YearMonth.of(2023, 1), input, output));
        vingerafdrukJanuari = vingerafdruk(output.resolve("2023-01/maandpakket.xlsx"));
        decemberOpnieuw = overzicht(maand(YearMonth.of(2022, 12), input, output));
    }

    @Test
    void eenLaterDocumentTeltNietVoorDePeriodeEnWordtGenoemd() {
        assertThat(decemberEerst).noneMatch(r -> r.startsWith("Oekraïense ontheemden|2024-01-01|"));
        assertThat(decemberEerst).anyMatch(r -> r.startsWith("Oekraïense ontheemden|2023-07-01|"));
        assertThat(String.join("\n", controlesDecember)).contains("Landelijk document van na de periode niet gebruikt: " + PROGNOSE,
                "gedateerd uiterlijk 31 december 2022", "gedateerd 15 januari 2023", "Ter informatie");
    }

    /** The fingerprint printed on December's pages is of what December used: not of the later document. */
    @Test
    void deVingerafdrukIsVanWatDePeriodeGebruikt() {
        List<String> december = bestanden.aanvaardeHashes("2022-12");
        assertThat(december).contains(prognoseSha).containsAll(jaarShas);
        assertThat(vingerafdrukDecember)
                .isEqualTo(Vingerafdruk.van(december.stream().filter(h -> !h.equals(prognoseSha) && !jaarShas.contains(h)).toList()))
                .isNotEqualTo(Vingerafdruk.van(december));
        // January uses the prognosis (15-1-2023), not yet the two later documents of 2023.
        assertThat(vingerafdrukJanuari).isEqualTo(Vingerafdruk.van(bestanden.aanvaardeHashes("2023-01").stream()
                .filter(h -> !jaarShas.contains(h)).toList()));
    }

    @Test
    void eenLatereMaandGebruiktHet() {
        // 4.800 for Twente on 1-1-2024 (computed share), as in the shipped sample
        assertThat(januari).anyMatch(r -> r.startsWith("Oekraïense ontheemden|2024-01-01||4800|"));
    }

    @Test
    void eenVerledenPeriodeOpnieuwGeeftPreciesDezelfdeCijfers() {
        assertThat(decemberOpnieuw).isEqualTo(decemberEerst);
    }

    /** The full fingerprint as the workbook states it ("vingerafdruk <sha-256>"). */
    private static String vingerafdruk(Path xlsx) throws Exception {
        String tekst;
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            tekst = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var m = java.util.regex.Pattern.compile("vingerafdruk ([0-9a-f]{64})").matcher(tekst);
        assertThat(m.find()).as("vingerafdruk in " + xlsx).isTrue();
        return m.group(1);
    }

    private Path maand(YearMonth periode, Path input, Path output) throws Exception {
        Run run = Run.van(new Opdracht("maand", periode, "VR05", input, output), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", run).getStatus()).isIn(BatchStatus.COMPLETED);
        return output.resolve(periode.toString()).resolve("maandpakket.xlsx");
    }

    /** The rows of sheet Overzicht from the first data row: opgave|peildatum|prognose|figures…, dates as yyyy-mm-dd. */
    private static List<String> overzicht(Path xlsx) throws Exception {
        List<String> uit = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            Sheet s = wb.getSheet("Overzicht");
            for (Row r : s) {
                if (r.getCell(3) == null || r.getCell(3).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) continue;
                List<String> c = new ArrayList<>();
                for (int k = 0; k < 12; k++) {
                    var cel = r.getCell(k);
                    if (cel == null) c.add("");
                    else if (k == 1 && cel.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        c.add(cel.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else if (cel.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        c.add(String.valueOf(Math.round(cel.getNumericCellValue())));
                    } else c.add(new DataFormatter().formatCellValue(cel));
                }
                uit.add(String.join("|", c));
            }
        }
        assertThat(uit).hasSizeGreaterThan(5);
        return uit;
    }

    private static List<String> cellen(Path xlsx, String blad) throws Exception {
        List<String> uit = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            DataFormatter f = new DataFormatter();
            for (Row r : wb.getSheet(blad)) {
                StringBuilder sb = new StringBuilder();
                r.forEach(c -> sb.append(f.formatCellValue(c)).append(" | "));
                uit.add(sb.toString());
            }
        }
        return uit;
    }
}
