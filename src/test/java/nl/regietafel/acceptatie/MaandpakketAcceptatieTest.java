package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.domain.Gebied;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.maandpakket.Maandpakket;
import nl.regietafel.report.prt.PrtInbreng;
import nl.regietafel.run.Run;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The maandpakket and the PRT-inbreng of the sample month (issue 5): the procesplan's figures in
 * both workbooks (numbers, totals as formulas with cached values) and in the PDF text.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:maandpakket;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/maandpakket"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaandpakketAcceptatieTest {

    @Autowired
    JobStarter starter;
    @Autowired
    Maandpakket maandpakket;
    @Autowired
    PrtInbreng prtInbreng;
    @Autowired
    Rapportbron bron;

    Run run;
    JobExecution uitvoering;
    XSSFWorkbook xlsx;
    XSSFWorkbook prt;
    String pdf;
    String prtPdf;

    @BeforeAll
    void runDeMaand() throws Exception {
        Path output = Maandrun.tempOutput("maandpakket");
        run = Maandrun.twente(output);
        uitvoering = starter.start("maand", run);
        Path map = output.resolve("2022-12");
        xlsx = new XSSFWorkbook(map.resolve("maandpakket.xlsx").toFile());
        prt = new XSSFWorkbook(map.resolve("prt-inbreng.xlsx").toFile());
        pdf = tekst(map.resolve("maandpakket.pdf"));
        prtPdf = tekst(map.resolve("prt-inbreng.pdf"));
    }

    @AfterAll
    void sluit() throws Exception {
        xlsx.close();
        prt.close();
    }

    @Test
    void deMaandIsVoltooid() {
        assertThat(uitvoering.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    /**
     * Every figure at its peildatum, computed by hand from the sample returns of December 2022:
     * <ul>
     * <li>Asiel, in use 794 (AZC Almelo 294, Hengelo 300, Albergen 200; all available until 2027 or later).
     *     Plans: Hof van Twente 150 (Besluit college, opens 1-10-2023), AMV Almelo 50 (Idee, 1-10-2023),
     *     Enschede 300 (Idee, 1-1-2024). On 1-4-2023 none is open: gap 1.944 − 794 = 1.150, after pipeline 1.150
     *     (was 650, which subtracted all 500). On 1-1-2024: decided 150, idea 50 + 300 = 350 (not subtracted):
     *     gap 2.164 − 794 = 1.370, after pipeline 1.370 − 150 = 1.220.</li>
     * <li>Oekraïne, in use 2.790. Hotels ending 30-6-2023: Almelo 70, Enschede 140, Hengelo 60 = 270, gone on
     *     1-7-2023: available 2.520, gap 3.600 − 2.520 = 1.080; plans Enschede 150 (Besluit college, 1-5-2023) and
     *     Oldenzaal 80 (Vergunning, 1-4-2023) = 230 decided: after pipeline 850. On 1-1-2024 also gone: 31-10-2023
     *     Denekamp 60, Losser 85, Tubbergen 80 (225) and 31-12-2023 Hellendoorn 130, Hof van Twente 110, Enter 70
     *     (310): 270 + 225 + 310 = 805, available 1.985, gap 4.800 − 1.985 = 2.815, after pipeline 2.585.</li>
     * <li>Statushouders 1e helft 2023 (ends 30-6-2023): only Flexwoningen Vriezenveen 24 (In aanbouw, 1-4-2023)
     *     opens by then. The gap is "nog te huisvesten": 764 − 19 voorsprong carried in from 2e helft 2022
     *     = 745 (was 764, the achterstand ignored), after pipeline 745 − 24 = 721 (was 740).</li>
     * </ul>
     */
    @Test
    void regionaalOverzicht() {
        // Opgave | Peildatum | Prognose | Opgave | Vastgesteld | In gebruik | Vervalt | Beschikbaar | Gap | Besloten | Idee | Gap na pijplijn | Trend | Trendtekst …
        Sheet o = xlsx.getSheet("Overzicht");
        List<Object> april = rij(o, "Asielzoekers (incl. AMV's)", "1 april 2023");
        assertThat(april.subList(3, 12)).containsExactly(1944L, "ja", 794L, 0L, 794L, 1150L, 0L, 0L, 1150L);
        assertThat(april.get(13)).isEqualTo("geen vorige periode");
        assertThat(o.getRow(rijnummer(o, "Asielzoekers (incl. AMV's)", "1 april 2023")).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                .as("peildatum als datumcel").isEqualTo(java.time.LocalDate.of(2023, 4, 1));
        List<Object> januari = rij(o, "Asielzoekers (incl. AMV's)", "1 januari 2024");
        assertThat(januari.subList(3, 12)).containsExactly(2164L, "ja", 794L, 0L, 794L, 1370L, 150L, 350L, 1220L);
        assertThat(rij(o, "Waarvan AMV's", "1 januari 2024").subList(3, 5)).containsExactly(183L, "berekend");
        List<Object> juli = rij(o, "Oekraïense ontheemden", "1 juli 2023");
        assertThat(juli.subList(3, 12)).containsExactly(3600L, "ja", 2790L, 270L, 2520L, 1080L, 230L, 0L, 850L);
        List<Object> oekJanuari = rij(o, "Oekraïense ontheemden", "1 januari 2024");
        assertThat(oekJanuari.subList(3, 12)).containsExactly(4800L, "berekend", 2790L, 805L, 1985L, 2815L, 230L, 0L, 2585L);
        List<Object> sh = rij(o, "Statushouders", "1e helft 2023");
        assertThat(sh.subList(3, 12)).containsExactly(764L, "ja", 0L, 0L, 0L, 745L, 24L, 0L, 721L);
        // the source line names the document of record
        assertThat(regels(o)).anyMatch(r -> r.startsWith("Noot 1: ") && r.contains("PRT Overijssel"));
        // each column explained in one sentence
        assertThat(regels(o)).anyMatch(r -> r.startsWith("Vervalt vóór peildatum: plekken die nu in gebruik zijn"));
        // what ends before a peildatum is listed with its end date
        List<Object> hotel = rij(xlsx.getSheet("Vervalt en zonder datum"), "Vervalt vóór peildatum", "Oekraïense ontheemden",
                "1 juli 2023", "Hotelopvang Oekraïners Enschede");
        assertThat(hotel.get(4)).isEqualTo(140L);
        assertThat(xlsx.getSheet("Vervalt en zonder datum").getRow(rijnummer(xlsx.getSheet("Vervalt en zonder datum"),
                "Vervalt vóór peildatum", "Oekraïense ontheemden", "1 juli 2023")).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                .as("peildatum als datumcel").isEqualTo(java.time.LocalDate.of(2023, 7, 1));

        // the opgave is a group row above its peildata; the note number follows the opgave figure
        bevat(pdf, "Asielzoekers (incl. AMV's) 1 april 2023 1.9441 794 0 794 1.150 0 0 1.150 –");
        bevat(pdf, "1 januari 2024 2.1641 794 0 794 1.370 150 350 1.220");
        bevat(pdf, "Oekraïense ontheemden 1 juli 2023 3.6007 2.790 270 2.520 1.080 230 0 850");
        bevat(pdf, "1 januari 2024 4.800*8 2.790 805 1.985 2.815 230 0 2.585");
        bevat(pdf, "Statushouders 1e helft 2023 7644 0 0 0 745 24 0 721");
        bevat(pdf, "Statushouders 1e helft 2023: gap 745 = nog te huisvesten = taakstelling 764 − voorsprong 19");
        bevat(pdf, "Hotelopvang Oekraïners Enschede 140 beschikbaar tot 30 juni 2023");
        bevat(pdf, "Bronnen (documenten van record)", "Verdeling opgave asielopvang per veiligheidsregio");
    }

    @Test
    void kerncijfers() {
        Sheet k = xlsx.getSheet("Kerncijfers");
        assertThat(rij(k, "Tekort asielopvang per 1 april 2023").get(1)).isEqualTo(1150L);
        assertThat(rij(k, "Reguliere opvangplekken asiel in gebruik").get(1)).isEqualTo(794L);
        assertThat(rij(k, "CNO-plekken in gebruik").get(1)).isEqualTo(343L);
        // 2.790 in use, 2.520 still there on 1 juli 2023 (270 hotel places end 30-6-2023)
        assertThat(rij(k, "Opvang Oekraïners, van 3.600 (1 juli 2023)").get(1)).isEqualTo(2520L);
        bevat(pdf, "1.150 Tekort asielopvang per 1 april 2023", "343 CNO-plekken in gebruik",
                "2.520 Opvang Oekraïners, van 3.600");
    }

    @Test
    void gemeenten() {
        var g = xlsx.getSheet("Gemeenten");
        // Gemeente | Code | Inwoners | Asiel 1-4-2023 | Asiel 1-1-2024 | gerealiseerd | gap | gap | pijplijn | sh taakstelling 2023-1 | …
        List<Object> enschede = rij(g, "Enschede");
        // Enschede's 300 AZC places are an Idee opening 1-1-2024: no pipeline for 1-4-2023 (was 300)
        assertThat(enschede.subList(1, 10)).containsExactly("GM0153", 160640L, 493L, 548L, 0L, 493L, 548L, 0L, 193L);
        List<Object> almelo = rij(g, "Almelo");
        assertThat(almelo.subList(3, 7)).containsExactly(224L, 250L, 294L, -70L);

        Row som = rijVan(g, "Som van de gemeenten");
        assertThat(som.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(som.getCell(3).getCellFormula()).startsWith("SUM(D");
        assertThat(som.getCell(3).getNumericCellValue()).isEqualTo(1944.0);
        assertThat(som.getCell(4).getNumericCellValue()).isEqualTo(2164.0);
        assertThat(som.getCell(5).getNumericCellValue()).isEqualTo(794.0);
        assertThat(som.getCell(6).getNumericCellValue()).isEqualTo(1150.0);
        assertThat(som.getCell(9).getNumericCellValue()).isEqualTo(764.0);
        assertThat(som.getCell(13).getNumericCellValue()).isEqualTo(2520.0);
        assertThat(rij(g, "Totaal Twente (regio)").subList(2, 4)).containsExactly(633917L, 1944L);
        assertThat(g.getPaneInformation().isFreezePane()).isTrue();
        assertThat(g.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(g.createDrawingPatriarch().getCharts()).hasSize(1);

        // inwoners | asiel opgave 1 april 2023 | gerealiseerd | taakstelling 1e helft 2023 | gehuisvest 2e helft 2022 | Oekraïne opgave | gerealiseerd
        bevat(pdf, "Enschede 160.640 493 0 193 134 (103,9 %) 912 620");
        bevat(pdf, "Totaal Twente 633.917 1.944 794 764 518 (103,8 %) 3.600 2.520");
    }

    @Test
    void onderDeStreep() {
        Sheet b = xlsx.getSheet("Onder de streep");
        assertThat(rij(b, "Asielzoekers (incl. AMV's)").subList(1, 9))
                .containsExactly("1 april 2023", 1944L, 794L, -1150L, 0L, 129L, -1279L, "nee");
        assertThat(rij(b, "Oekraïense ontheemden").subList(2, 5)).containsExactly(3600L, 2520L, -1080L);
        bevat(pdf, "Onder de streep haalt Twente de opgaven nog niet");
        // Almelo: Oekraïne opgave 416; on 1 juli 2023 its hotel (70, until 30-6-2023) is gone: 180 + 40 = 220
        // available, −196; its 70 surplus on asiel covers 70 of that (1:1), −126 remains
        bevat(pdf, "Almelo +70 0 −196 −126 nee");
    }

    @Test
    void statushouders() {
        var s = xlsx.getSheet("Statushouders");
        assertThat(rij(s, "Almelo").subList(1, 5)).containsExactly(56L, 4L, 60L, 58L);
        assertThat(rij(s, "Almelo").get(7)).isEqualTo("nee");
        Row totaal = rijVan(s, "Totaal");
        assertThat(totaal.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(totaal.getCell(3).getNumericCellValue()).isEqualTo(499.0);
        assertThat(totaal.getCell(4).getNumericCellValue()).isEqualTo(518.0);
        assertThat(s.createDrawingPatriarch().getCharts()).hasSize(1);
        bevat(pdf, "3 van de 14 gemeenten liggen achter op schema");
    }

    @Test
    void cno() {
        Sheet c = xlsx.getSheet("CNO");
        Row totaal = rijVan(c, "Totaal gerealiseerd");
        assertThat(totaal.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(totaal.getCell(3).getNumericCellValue()).isEqualTo(379.0);
        assertThat(rij(c, "waarvan in gebruik").get(3)).isEqualTo(343L);
        bevat(pdf, "Twente heeft 343 CNO-plekken in gebruik op 14 locaties",
                "Geen enkele locatie voldoet aan de criteria voor overdracht aan het COA");
        bevat(pdf, "CNO Wierden (chalets, pilot met COA) (Wierden, 19 plekken) is beschikbaar tot 31 december 2024");
    }

    @Test
    void knelpuntenEnMijlpalen() {
        List<Object> registratie = rij(xlsx.getSheet("Knelpunten"), "Rijk", "Registratie CNO-bewoners");
        assertThat(registratie.get(3)).isEqualTo("Dinkelland, Enschede, Hof van Twente, Rijssen-Holten");
        assertThat(registratie.get(4)).isEqualTo(4L);
        bevat(pdf, "Gevraagd van Rijk (3)", "Gevraagd van Provincie (2)", "Gevraagd van COA (2)",
                "Gevraagd van Nidos (1)", "Gevraagd van Regio (2)");
        bevat(pdf, "1 januari 2024 1 januari 2024: benodigde aantal opvangplekken asiel");
        bevat(pdf, "Opgave 1 januari 2024: 2.164, gerealiseerd 794, nog 1.370");
    }

    @Test
    void eigenschappenEnPaginas() {
        assertThat(xlsx.getProperties().getCoreProperties().getTitle()).isEqualTo("Maandpakket Regietafel Asielinstroom — Twente, december 2022");
        bevat(pdf, "pagina 1 van", "vingerafdruk", "Periode december 2022");
    }

    @Test
    void prtInbreng() {
        Sheet p = prt.getSheet("Positie");
        List<Object> april = rij(p, "Asielzoekers (incl. AMV's)", "1 april 2023");
        Cell peildatum = p.getRow(rijnummer(p, "Asielzoekers (incl. AMV's)", "1 april 2023")).getCell(1);
        assertThat(peildatum.getLocalDateTimeCellValue().toLocalDate()).as("peildatum als datumcel").isEqualTo(java.time.LocalDate.of(2023, 4, 1));
        assertThat(peildatum.getCellStyle().getDataFormatString()).isEqualTo("[$-413]d mmmm yyyy");
        // Opgave | Peildatum | Prognose | Veiligheidsregio | Opgave | Vastgesteld | In gebruik | Vervalt | Beschikbaar | Gap | Besloten | Idee | Gap na pijplijn
        assertThat(april.subList(3, 13)).containsExactly("Twente", 1944L, "ja", 794L, 0L, 794L, 1150L, 0L, 0L, 1150L);
        assertThat(rij(p, "Asielzoekers (incl. AMV's)", "1 januari 2024").subList(9, 13)).containsExactly(1370L, 150L, 350L, 1220L);
        assertThat(rij(p, "Oekraïense ontheemden", "1 juli 2023").subList(4, 13))
                .containsExactly(3600L, "ja", 2790L, 270L, 2520L, 1080L, 230L, 0L, 850L);
        Sheet v = prt.getSheet("Verzoeken");
        assertThat(rij(v, "Rijk", "Twente", "Registratie CNO-bewoners").get(4)).isEqualTo("Dinkelland, Enschede, Hof van Twente, Rijssen-Holten");
        assertThat(rij(v, "Nidos", "Twente", "Begeleiding AMV").get(4)).isEqualTo("Almelo, Tubbergen");
        assertThat(kolom(v, 0)).doesNotContain("Regio");
        assertThat(prt.getProperties().getCoreProperties().getTitle()).isEqualTo("PRT-inbreng Twente, december 2022");

        bevat(prtPdf, "PRT-inbreng Twente", "Veiligheidsregio Twente voor de Provinciale Regietafel Overijssel");
        bevat(prtPdf, "Asielzoekers (incl. AMV's) 1 april 2023 1.9441 794 0 794 1.150 0 0 1.150");
        bevat(prtPdf, "Aan het Rijk", "Aan de provincie", "Aan het COA", "Aan Nidos", "343 plekken");
    }

    /** Warm render time per document type (printed, not asserted). */
    @Test
    void rendertijden() throws Exception {
        Path map = Tijdelijk.map("regietafel-rendertijd");
        for (int i = 0; i < 8; i++) maandpakket.render(maandpakket.model(run, "VR05"), map);
        long t0 = System.nanoTime();
        int n = 5;
        for (int i = 0; i < n; i++) maandpakket.render(maandpakket.model(run, "VR05"), map);
        long mp = (System.nanoTime() - t0) / n / 1_000_000;

        var m = bron.lees(run, "VR05", PrtInbreng.TITEL);
        Gebied pv = m.indeling().omvattend("VR05", Gebied.Niveau.PROVINCIE).orElseThrow();
        for (int i = 0; i < 8; i++) prtInbreng.render(prtInbreng.model(run, pv, List.of(m)), map);
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) prtInbreng.render(prtInbreng.model(run, pv, List.of(bron.lees(run, "VR05", PrtInbreng.TITEL))), map);
        long pr = (System.nanoTime() - t0) / n / 1_000_000;
        System.out.println("Rendertijd warm (model + PDF + XLSX): maandpakket " + mp + " ms, prt-inbreng " + pr + " ms");
        assertThat(map.resolve("maandpakket.pdf")).exists();
    }

    // --------------------------------------------------------------- helpers

    /**
     * The PDF's text contains every fragment. Whitespace is layout (the extractor glues some table
     * cells and splits others), so it is ignored on both sides; the order of the figures is not.
     */
    @Test
    void hetRegiooverzichtLeestZoalsHetProcesplan() {
        // procesplan §2.3: 1.944 − 794 = 1.150 per 1-4-2023; 2.164 − 1.944 = 220 more before 1-1-2024
        bevat(pdf, "Asielzoekers (incl. AMV's): ca. 1.150 extra per 1 april 2023 en daarbij nog 220 extra vóór 1 januari 2024.");
    }

    @Test
    void deMaterieleControlesStaanErMetNaam() {
        // the 139 places between COA's 1.754 for Twente and its inwoner share 1.893 of Overijssel's 3.500 stay material
        bevat(pdf, "Controles met afwijking", "1 verschil: Twente vastgesteld 1.754, berekend 1.893, verschil -139");
        // the 54 % of the footnotes is rounding, not material
        assertThat(pdf.replaceAll("\\s+", "")).doesNotContain("54,09%afgerondtot54%");
    }

    static void bevat(String tekst, String... fragmenten) {
        String t = tekst.replaceAll("\\s+", "");
        for (String f : fragmenten) {
            assertThat(t).as("PDF bevat: " + f).contains(f.replaceAll("\\s+", ""));
        }
    }

    @Test
    void kaartenStoplichtenEnTijdlijnStaanInPdfEnXlsx() {
        // One map per main opgave, the matrix and the two timelines, in the PDF and in the workbook
        assertThat(pdf).contains("Kaart 1 Asielzoekers (incl. AMV's) 1 april 2023", "Kaart 2 Statushouders 2e helft 2022",
                "Kaart 3 Oekraïense ontheemden 1 juli 2023", "Tabel 4a Stoplichten per gemeente en opgave",
                "Tijdlijn 1 Asiel", "Tijdlijn 2 Oekraïne");
        // Twente asiel 1 april 2023: 794 of 1.944 = 40,8 % → ver achter; statushouders 518 of 499 → op schema;
        // Oekraïne 1 juli 2023: 2.520 still there of 3.600 = 70,0 % → achter
        assertThat(pdf).containsPattern("Twente ?ver achter \\(40 %\\) ?op schema \\(103 %\\) ?achter \\(70 %\\)");
        assertThat(xlsx.getSheet("Stoplichten")).isNotNull();
        assertThat(xlsx.getSheet("Tijdlijn 1").getDrawingPatriarch().getCharts()).hasSize(1);
        assertThat(prtPdf).contains("Kaart 1 Veiligheidsregio's van Overijssel", "Stoplichten per gemeente en opgave, Twente");
        assertThat(prt.getSheet("Stoplichten")).isNotNull();
    }

    static String tekst(Path pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            StringBuilder tekst = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                tekst.append(extractor.getTextFromPage(p)).append('\n');
            }
            return tekst.toString().replaceAll("[\\s\\u00a0\\u00ad]+", " ").replace("\u00ad", "");
        }
    }

    /** The values of the first row whose first cells are {@code sleutel}; numbers as Long, text as String. */
    static List<Object> rij(Sheet blad, String... sleutel) {
        for (Row r : blad) {
            boolean past = true;
            for (int i = 0; i < sleutel.length && past; i++) {
                Cell c = r.getCell(i);
                past = c != null && sleutel[i].equals(sleuteltekst(c));
            }
            if (past) {
                List<Object> uit = new ArrayList<>();
                for (int k = 0; k < r.getLastCellNum(); k++) uit.add(waarde(r.getCell(k)));
                return uit;
            }
        }
        throw new AssertionError("geen rij " + String.join(" / ", sleutel) + " op blad " + blad.getSheetName());
    }

    /** Text as is; a date cell as documents print it ("1 april 2023"), so rows are found by their peildatum. */
    static String sleuteltekst(Cell c) {
        if (c.getCellType() == CellType.STRING) return c.getStringCellValue();
        if (c.getCellType() == CellType.NUMERIC && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)) {
            return nl.regietafel.domain.Peildatum.of(c.getLocalDateTimeCellValue().toLocalDate()).label();
        }
        return null;
    }

    static int rijnummer(Sheet blad, String... sleutel) {
        for (Row r : blad) {
            boolean past = true;
            for (int i = 0; i < sleutel.length && past; i++) {
                Cell c = r.getCell(i);
                past = c != null && sleutel[i].equals(sleuteltekst(c));
            }
            if (past) return r.getRowNum();
        }
        throw new AssertionError("geen rij " + String.join(" / ", sleutel) + " op blad " + blad.getSheetName());
    }

    static Row rijVan(Sheet blad, String label) {
        for (Row r : blad) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) return r;
        }
        throw new AssertionError("geen rij " + label + " op blad " + blad.getSheetName());
    }

    static List<String> regels(Sheet blad) {
        List<String> uit = new ArrayList<>();
        for (Row r : blad) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING) uit.add(c.getStringCellValue());
        }
        return uit;
    }

    static List<Object> kolom(Sheet blad, int k) {
        List<Object> uit = new ArrayList<>();
        for (Row r : blad) uit.add(waarde(r.getCell(k)));
        return uit;
    }

    static Object waarde(Cell c) {
        if (c == null) return null;
        return switch (c.getCellType()) {
            case NUMERIC, FORMULA -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) ? (Object) Math.round(d) : (Object) d;
            }
            case STRING -> c.getStringCellValue();
            default -> null;
        };
    }
}
