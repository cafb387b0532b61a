package nl.regietafel.acceptatie;

import static nl.regietafel.acceptatie.MaandpakketAcceptatieTest.bevat;
import static nl.regietafel.acceptatie.MaandpakketAcceptatieTest.rij;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.run.Run;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two periods in one store: November 2022 (the sample with Almelo's AZC at 250 places instead of
 * 294, see {@link MaandpakketTrendTest}) and December 2022 as shipped. December's documents show
 * the development over both months; November's, as the first period, one point.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:verloop;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/verloop"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerloopAcceptatieTest {

    @Autowired
    JobStarter starter;

    XSSFWorkbook november;
    XSSFWorkbook december;
    String pdf;
    String almelo;

    @BeforeAll
    void tweeMaanden() throws Exception {
        Path input = Tijdelijk.map("regietafel-verloop-input");
        for (String map : List.of("landelijk", "profielen", "referentie", "regio", "toezicht", "retouren/2022-12")) {
            MaandpakketTrendTest.kopieer(Maandrun.INPUT.resolve(map), input.resolve(map));
        }
        Path nov = Files.createDirectories(input.resolve("retouren/2022-11"));
        try (Stream<Path> retouren = Files.list(Maandrun.INPUT.resolve("retouren/2022-12"))) {
            for (Path retour : retouren.toList()) {
                MaandpakketTrendTest.november(retour, nov.resolve(retour.getFileName()));
            }
        }
        Path output = Maandrun.tempOutput("verloop");
        for (YearMonth p : List.of(YearMonth.of(2022, 11), YearMonth.of(2022, 12))) {
            Run run = Run.van(new Opdracht("maand", p, "VR05", input, output), JobStarter.nieuwRunId());
            assertThat(starter.start("maand", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        november = new XSSFWorkbook(output.resolve("2022-11/maandpakket.xlsx").toFile());
        december = new XSSFWorkbook(output.resolve("2022-12/maandpakket.xlsx").toFile());
        pdf = MaandpakketAcceptatieTest.tekst(output.resolve("2022-12/maandpakket.pdf"));
        almelo = MaandpakketAcceptatieTest.tekst(output.resolve("2022-12/factsheets/GM0141-almelo.pdf"));
    }

    @AfterAll
    void sluit() throws Exception {
        november.close();
        december.close();
    }

    @Test
    void eenPuntPerMaandEnHetLaatsteIsHetCijferVanDeMaand() {
        // Asiel at 1 april 2023: 750 in November (Almelo 250 instead of 294), 794 in December; opgave 1.944 both months
        assertThat(rij(december.getSheet("Verloop"), "nov 22").subList(0, 3)).containsExactly("nov 22", 750L, 1944L);
        assertThat(rij(december.getSheet("Verloop"), "dec 22").subList(0, 3)).containsExactly("dec 22", 794L, 1944L);
        // the last point is the month's own Tabel 1 figure (beschikbaar op de peildatum)
        assertThat(rij(december.getSheet("Overzicht"), "Asielzoekers (incl. AMV's)", "1 april 2023").get(7)).isEqualTo(794L);
        // Oekraïne on 1 juli 2023: 2.520 places both months; the opgave of 3.600 comes from the DG Oekraïne letter of
        // 16 december 2022, not yet known at the end of November: no opgave in November's point (nor in November's Tabel 1)
        List<Object> nov = rij(december.getSheet("Verloop"), "nov 22");
        assertThat(nov.get(5)).isEqualTo(2520L);
        assertThat(nov.size() < 7 || nov.get(6) == null).as("geen opgave in november").isTrue();
        assertThat(rij(december.getSheet("Verloop"), "dec 22").subList(5, 7)).containsExactly(2520L, 3600L);
        assertThatThrownBy(() -> rij(november.getSheet("Overzicht"), "Oekraïense ontheemden", "1 juli 2023"))
                .isInstanceOf(AssertionError.class);
        // trend in words: 794 − 750 = +44 against November; the store has no June 2022 for "sinds 1 juli"
        bevat(pdf, "+44 t.o.v. november 2022, sinds 1 juli 2022: geen stand van de maand ervoor");
        bevat(pdf, "8. Verloop over de tijd", "2 maanden in de gegevens, november 2022 tot en met december 2022.");
    }

    @Test
    void nativeLijngrafiekenOverDeCellenVanHetBlad() {
        List<XSSFChart> grafieken = december.getSheet("Verloop").getDrawingPatriarch().getCharts();
        // asiel, AMV, Oekraïne: one line chart each
        assertThat(grafieken).hasSize(3);
        XSSFChart asiel = grafieken.get(0);
        assertThat(asiel.getCTChart().getPlotArea().getLineChartArray()).hasSize(1);
        CTLineSer[] reeksen = asiel.getCTChart().getPlotArea().getLineChartArray(0).getSerArray();
        assertThat(reeksen).hasSize(2);
        // header in row 4, the months in rows 5 and 6: two points, over this sheet's own cells
        assertThat(reeksen[0].getCat().getStrRef().getF()).isEqualTo("Verloop!$A$5:$A$6");
        assertThat(reeksen[0].getVal().getNumRef().getF()).isEqualTo("Verloop!$B$5:$B$6");
        assertThat(reeksen[1].getVal().getNumRef().getF()).isEqualTo("Verloop!$C$5:$C$6");
        assertThat(reeksen[0].getVal().getNumRef().getNumCache().getPtCount().getVal()).isEqualTo(2L);
        // November is the first period: one point, and the sheet says so
        CTLineSer nov = november.getSheet("Verloop").getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                .getLineChartArray(0).getSerArray(0);
        assertThat(nov.getVal().getNumRef().getNumCache().getPtCount().getVal()).isEqualTo(1L);
        assertThat(rij(november.getSheet("Verloop"), "Eerste periode in de gegevens (november 2022): één meetpunt per opgave, nog geen verloop."))
                .isNotEmpty();
    }

    @Test
    void halfjaaroordeelEnDoorschuivenPerGemeente() {
        // Almelo 2e helft 2022: taakstelling 56 + achterstand 4 = 60, housed 58 → 96,7 %, 2 carried into 1e helft 2023;
        // on the shipped scale (adequaat from 100 %, redelijk adequaat from 75 %) "redelijk adequaat"
        List<Object> r = rij(december.getSheet("Halfjaaroordeel"), "Almelo");
        assertThat(r).containsExactly("Almelo", 56L, 4L, 60L, 58L, "96,7 %", "nee", "redelijk adequaat", 2L);
        // the carried value is the statushouders table's "nog te huisvesten" (one value per figure)
        assertThat(rij(december.getSheet("Statushouders"), "Almelo").get(8)).isEqualTo(2L);
        bevat(pdf, "9. Halfjaaroordeel huisvesting statushouders, 2e helft 2022");
        // (the PDF's text extractor puts bold text out of order: the bold "Halfjaaroordeel …: redelijk adequaat" apart)
        bevat(almelo, "(96,7 %, niet gehaald; schuift door: 2; schaal aangenomen).", "redelijk adequaat");
        // November is no half year's end: no statement
        assertThat(november.getSheet("Halfjaaroordeel")).isNull();
    }

    @Test
    void statushoudersTegenDeLijnOpSchema() {
        // Twente 2e helft 2022: gecorrigeerd 485 + 14 = 499; on schedule after month 3 499·3/6 = 249,5; housed 518 by December
        assertThat(rij(december.getSheet("Verloop statushouders"), "sep 22").get(2)).isEqualTo(249.5);
        assertThat(rij(december.getSheet("Verloop statushouders"), "dec 22").subList(1, 4)).containsExactly(518L, 499L, 499L);
        bevat(pdf, "gelijk verdeeld over de zes maanden");
    }
}
