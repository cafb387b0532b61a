package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.regietafel.batch.JobStarter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The configured counting rules reach every document: with hotels and holiday parks
 * (HOTEL_VAKANTIEPARK) left out of the Oekraïne opgave, the maandpakket and the procesplan's
 * Tabel 2.2 count the same smaller realisatie.
 *
 * <p>By hand from the sample returns: Oekraïne places in use 2.790, of which hotels and holiday
 * parks 70 + 140 + 60 (until 30-6-2023) + 60 + 85 + 80 (until 31-10-2023) + 130 + 110 + 70 (until
 * 31-12-2023) = 805; without them 2.790 − 805 = 1.985 in use. On 1 juli 2023 nothing of these
 * 1.985 ends (was 270 ending, the three hotels): beschikbaar 1.985, gap 3.600 − 1.985 = 1.615,
 * decided pipeline 230 (Enschede 150 + Oldenzaal 80, municipal reception), gap na pijplijn
 * 1.385. On 1 januari 2024 all 805 were gone anyway: vervalt 805 → 0, beschikbaar 1.985 and gap
 * 2.815 as with the national rules.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:telregels;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/telregels",
        "regietafel.telregels.OEKRAINE.doelgroepen=OEKRAINERS",
        "regietafel.telregels.OEKRAINE.soorten=AZC,GEMEENTELIJKE_OPVANG,TUSSENVOORZIENING,FLEXWONINGEN",
        "regietafel.telregels.OEKRAINE.ernaast=PARTICULIER"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelregelsAcceptatieTest {

    @Autowired
    JobStarter starter;

    XSSFWorkbook maandpakket;
    XSSFWorkbook procesplan;

    @BeforeAll
    void runDeMaand() throws Exception {
        Path output = Maandrun.tempOutput("telregels");
        assertThat(starter.start("maand", Maandrun.twente(output)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        maandpakket = new XSSFWorkbook(output.resolve("2022-12/maandpakket.xlsx").toFile());
        procesplan = new XSSFWorkbook(output.resolve("2022-12/procesplan/procesplan-tabellen.xlsx").toFile());
    }

    @AfterAll
    void sluit() throws Exception {
        maandpakket.close();
        procesplan.close();
    }

    @Test
    void maandpakketTeltVolgensDeIngesteldeRegel() {
        var o = maandpakket.getSheet("Overzicht");
        // Opgave (aantal) | Vastgesteld | In gebruik | Vervalt | Beschikbaar | Gap | Besloten | Idee | Gap na pijplijn
        assertThat(MaandpakketAcceptatieTest.rij(o, "Oekraïense ontheemden", "1 juli 2023").subList(3, 12))
                .containsExactly(3600L, "ja", 1985L, 0L, 1985L, 1615L, 230L, 0L, 1385L);
        assertThat(MaandpakketAcceptatieTest.rij(o, "Oekraïense ontheemden", "1 januari 2024").subList(3, 12))
                .containsExactly(4800L, "berekend", 1985L, 0L, 1985L, 2815L, 230L, 0L, 2585L);
    }

    @Test
    void procesplanTeltHetzelfde() {
        // Tabel 2.2 shows the month's stand: the same 1.985 in use as the maandpakket (was 2.790)
        assertThat(realisatieTabel22("Oekraïense ontheemden")).isEqualTo("1.985");
        // the asylum figures do not depend on the Oekraïne rule
        assertThat(realisatieTabel22("Asielzoekers (incl. AMV's)")).isEqualTo("794 regulier · 343 CNO");
    }

    /** The realisatie column of Tabel 2.2 (the seventh cell after the label, as ProcesplanAcceptatieTest reads it). */
    private String realisatieTabel22(String opgave) {
        for (Row r : procesplan.getSheet("Tabel 2.2")) {
            Cell label = r.getCell(1);
            if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals(opgave)) {
                return r.getCell(8).getStringCellValue();
            }
        }
        throw new AssertionError("geen rij " + opgave + " in Tabel 2.2");
    }
}
