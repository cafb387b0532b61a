package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.regietafel.batch.JobStarter;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Configured CNO criteria reach the maandpakket's sentence about them, not only the judgement:
 * with COA's minimum lowered to 10 places and 6 months' remaining availability, the document
 * names 10 and 6 (it printed the default 150 and 12 whatever was configured).
 *
 * <p>By hand from the sample's 16 CNO locations: two are closed; of the 14 in use, those of 6
 * places are too small, and all but one end by 30 juni 2023, under 6 months after 31 december
 * 2022. Left: CNO Wierden, 19 places until 31 december 2024. One location qualifies.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cnocriteria;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/cnocriteria",
        "regietafel.cno.minimum-plekken-coa=10",
        "regietafel.cno.minimum-resterende-maanden=6"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CnoCriteriaAcceptatieTest {

    private static final String CRITERIA = "Criteria voor overdracht aan het COA: ten minste 10 plekken (AMV: 50) "
            + "en nog ten minste 6 maanden beschikbaar na 31 december 2022.";

    @Autowired
    JobStarter starter;

    XSSFWorkbook xlsx;
    String pdf;

    @BeforeAll
    void runDeMaand() throws Exception {
        Path output = Maandrun.tempOutput("cnocriteria");
        assertThat(starter.start("maand", Maandrun.twente(output)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        xlsx = new XSSFWorkbook(output.resolve("2022-12/maandpakket.xlsx").toFile());
        pdf = MaandpakketAcceptatieTest.tekst(output.resolve("2022-12/maandpakket.pdf"));
    }

    @AfterAll
    void sluit() throws Exception {
        xlsx.close();
    }

    @Test
    void hetMaandpakketNoemtDeIngesteldeCriteria() {
        assertThat(xlsx.getSheet("CNO").getRow(2).getCell(0).getStringCellValue()).isEqualTo(CRITERIA);
        assertThat(pdf).contains(CRITERIA).doesNotContain("ten minste 150 plekken")
                .contains("1 locatie voldoet aan de criteria voor overdracht aan het COA");
    }
}
