package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.report.Paginavulling;
import nl.regietafel.report.Paginavulling.Pagina;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 11, readable pages: no page of a document is more than half empty unless a chapter ends
 * there and the next chapter starts on a new page by design, and the factsheets keep two pages with
 * room to spare. Measured on the PDFs of the sample month: the lowest body text of each page.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:paginavulling;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/paginavulling"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginavullingAcceptatieTest {

    /** Body margins of lib/document.ftlx (top, bottom, mm) and of the factsheet's own @page. */
    private static final float BOVEN = 18, ONDER = 20, FACTSHEET_BOVEN = 15, FACTSHEET_ONDER = 17;

    @Autowired
    JobStarter starter;

    Path pakket;

    @BeforeAll
    void runDeMaand() throws Exception {
        pakket = Maandrun.pakket(starter, "paginavulling");
    }

    @Test
    void maandpakket() throws Exception {
        // the chapters follow each other: no chapter starts on a new page by design
        halfVol("maandpakket.pdf", BOVEN, ONDER, Set.of());
    }

    @Test
    void prtInbreng() throws Exception {
        halfVol("prt-inbreng.pdf", BOVEN, ONDER, Set.of());
    }

    @Test
    void controlerapportBegintDeControlesOpDeEerstePagina() throws Exception {
        List<Pagina> paginas = halfVol("controlerapport.pdf", BOVEN, ONDER, Set.of());
        // chapters 1 and 2 are short in a month without rejections: chapter 3 follows them on page 1
        assertThat(paginas.get(0).vulling()).as("vulling pagina 1").isGreaterThan(0.8);
    }

    @Test
    void procesplanTabellen() throws Exception {
        halfVol("procesplan/procesplan-tabellen.pdf", BOVEN, ONDER, Set.of("Bijlage 4"));
    }

    @Test
    void factsheetsHoudenTweePaginasMetRuimteOpDeTweede() throws Exception {
        try (Stream<Path> bestanden = Files.list(pakket.resolve("factsheets"))) {
            List<Path> pdfs = bestanden.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertThat(pdfs).hasSize(14);
            for (Path pdf : pdfs) {
                List<Pagina> paginas = Paginavulling.meet(pdf, FACTSHEET_BOVEN, FACTSHEET_ONDER);
                assertThat(paginas).as(pdf.getFileName().toString()).hasSize(2);
                assertThat(paginas.get(0).vulling()).as(pdf.getFileName() + " pagina 1").isGreaterThan(0.9);
                // room for one more compact chart: at least 35 mm of the body's 265 mm free on page 2
                double vrijMm = (1 - paginas.get(1).vulling()) * (297 - FACTSHEET_BOVEN - FACTSHEET_ONDER);
                assertThat(vrijMm).as(pdf.getFileName() + " vrij op pagina 2 (mm)").isGreaterThan(35);
            }
        }
    }

    private List<Pagina> halfVol(String naam, float boven, float onder, Set<String> nieuwePagina) throws Exception {
        List<Pagina> paginas = Paginavulling.meet(pakket.resolve(naam), boven, onder);
        assertThat(paginas).isNotEmpty();
        for (int i = 0; i + 1 < paginas.size(); i++) {
            Pagina p = paginas.get(i);
            Pagina volgende = paginas.get(i + 1);
            boolean hoofdstukEinde = volgende.begintMetHoofdstuk()
                    && nieuwePagina.stream().anyMatch(h -> volgende.eersteRegel().startsWith(h.replace(" ", ""))); // glyphs, no spaces
            if (!hoofdstukEinde) {
                assertThat(p.vulling()).as("%s pagina %d is meer dan half leeg (volgende begint met \"%s\")",
                        naam, p.nummer(), volgende.eersteRegel()).isGreaterThanOrEqualTo(0.5);
            }
        }
        return paginas;
    }
}
