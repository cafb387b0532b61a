package nl.regietafel.acceptatie;

import static nl.regietafel.acceptatie.MaandpakketAcceptatieTest.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.berekening.VerdelingBerekening;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.run.Run;
import nl.regietafel.store.MeldingRepository;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 12: the sample year in one store. Given an empty store, when December 2022 runs, then
 * the uitvraag of November 2023 is sent, Enschede fills in its form for December 2023, December
 * 2023 runs (importing the eleven months between as history) and December 2022 runs again, then
 * December 2023's package shows what the returns say and what Enschede entered, Almelo carries
 * its achterstand of the first half of 2023 into the second, and December 2022 says exactly what
 * it said the first time.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:jaar;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/jaar"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JaarAcceptatieTest {

    static final YearMonth NOVEMBER_2023 = YearMonth.of(2023, 11);
    static final YearMonth DECEMBER_2023 = YearMonth.of(2023, 12);
    /** What Enschede enters in its form for December 2023 (the generator's return says 174 and 250). */
    static final int GEHUISVEST_ENSCHEDE = 180;
    static final int PLEKKEN_PAVILJOENS = 280;
    static final String PAVILJOENS = "Tijdelijke opvang asielzoekers Enschede (paviljoens)";

    @Autowired
    JobStarter starter;
    @Autowired
    MeldingRepository meldingen;
    @Autowired
    VerdelingBerekening verdeling;

    Map<String, List<String>> december2022Eerst;
    Map<String, List<String>> december2022Daarna;
    JobExecution december2023;
    Path invoer;
    XSSFWorkbook maandpakket;
    XSSFWorkbook formulier;

    @BeforeAll
    void draaiHetJaar() throws Exception {
        Path eerst = Maandrun.tempOutput("jaar-2022-12");
        assertThat(starter.start("maand", Maandrun.twente(eerst)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        december2022Eerst = Pakketinhoud.van(eerst.resolve("2022-12"));

        Path uitvraag = Maandrun.tempOutput("jaar-uitvraag");
        Run november = Run.van(new Opdracht("uitvraag", NOVEMBER_2023, "VR05", Maandrun.INPUT, uitvraag), JobStarter.nieuwRunId());
        for (String job : List.of("import", "verdeling", "uitvraag")) {
            assertThat(starter.start(job, november).getStatus()).as(job).isEqualTo(BatchStatus.COMPLETED);
        }
        invoer = kopieVanDeInvoer();
        vulEnschedeIn(uitvraag.resolve("2023-11/uitvraag/GM0153-enschede-2023-12.xlsx"),
                invoer.resolve("retouren/2023-12/GM0153-enschede.xlsx"));

        Path output = Maandrun.tempOutput("jaar-2023-12");
        december2023 = starter.start("maand", Run.van(new Opdracht("maand", DECEMBER_2023, "VR05", invoer, output),
                JobStarter.nieuwRunId()));
        maandpakket = new XSSFWorkbook(Files.newInputStream(output.resolve("2023-12/maandpakket.xlsx")));

        Path daarna = Maandrun.tempOutput("jaar-2022-12-daarna");
        assertThat(starter.start("maand", Maandrun.twente(daarna)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        december2022Daarna = Pakketinhoud.van(daarna.resolve("2022-12"));
    }

    /** The shipped input with Enschede's December 2023 return replaced by the test's own. */
    static Path kopieVanDeInvoer() throws Exception {
        Path kopie = Tijdelijk.map("regietafel-jaar-invoer");
        try (Stream<Path> alles = Files.walk(Maandrun.INPUT)) {
            for (Path p : alles.toList()) {
                Path doel = kopie.resolve(Maandrun.INPUT.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(doel);
                else Files.copy(p, doel, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return kopie;
    }

    /** As a gemeente does: who and when, the half year's housed, one location's places; nothing else. */
    void vulEnschedeIn(Path leeg, Path retour) throws Exception {
        formulier = new XSSFWorkbook(Files.newInputStream(leeg));
        XSSFSheet gem = formulier.getSheet("Gemeente");
        gem.getRow(3).getCell(1).setCellValue("J. Jansen, beleidsadviseur asiel");
        gem.getRow(4).getCell(1).setCellValue(LocalDate.of(2024, 1, 5));
        Row halfjaar = UitvraagRondgangTest.rijMet(formulier.getSheet("Statushouders"), "2023-2");
        halfjaar.getCell(3).setCellValue(GEHUISVEST_ENSCHEDE);
        halfjaar.getCell(4).setCellValue(18);
        XSSFSheet loc = formulier.getSheet("Locaties");
        for (Row r : loc) {
            if (r.getCell(1) != null && PAVILJOENS.equals(r.getCell(1).getStringCellValue())) {
                r.getCell(5).setCellValue(PLEKKEN_PAVILJOENS);
            }
        }
        try (OutputStream uit = Files.newOutputStream(retour)) {
            formulier.write(uit);
        }
    }

    @Test
    void deVerdelingVanDeEerdereMaandenIsInEenKeerDezelfdeAlsPerMaand() {
        // the months of 2023 before November were imported as history and never had a verdeling of their own
        Run run = Run.van(new Opdracht("maand", DECEMBER_2023, "VR05", invoer, Path.of("niet-gebruikt")), JobStarter.nieuwRunId());
        List<YearMonth> perioden = Stream.iterate(YearMonth.of(2022, 12), p -> !p.isAfter(DECEMBER_2023), p -> p.plusMonths(1)).toList();
        Map<YearMonth, List<VerdelingRegel>> ineens = verdeling.verdeel(run, perioden, "VR05");
        assertThat(ineens.keySet()).containsExactlyElementsOf(perioden);
        for (YearMonth p : perioden) {
            assertThat(ineens.get(p)).as(p.toString()).isNotEmpty()
                    .containsExactlyElementsOf(verdeling.verdeel(run, List.of(p), "VR05").get(p));
        }
        // months with the same national documents in force share one distribution, computed once
        java.util.Set<List<VerdelingRegel>> berekend = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        berekend.addAll(ineens.values());
        assertThat(berekend).hasSizeLessThan(perioden.size());
        assertThat(ineens.values().stream().distinct().count()).isEqualTo(berekend.size());
    }

    @Test
    void december2023IsKlaarZonderAfwijzingen() {
        assertThat(december2023.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(meldingen.aantalFouten(december2023.getJobParameters().getString("run"))).isZero();
    }

    /**
     * Done when (a): Tabel 1 and Tabel 4 of December 2023 against the December 2023 returns, read
     * and summed here with POI. By hand from the returns: regular asylum places in use 294 + 300 +
     * 200 (the three AZC's) + 250 Almelo-Noord + 200 Hengelo-Oost + 80 Vroomshoop + 100 Rijssen +
     * 150 Hof van Twente + 50 AMV Almelo + 280 paviljoens Enschede = 1.904; Oekraïne in use 3.055.
     */
    @Test
    void deCijfersVanDecember2023VolgenUitDeRetouren() throws Exception {
        Map<String, long[]> perGemeente = uitDeRetouren(invoer.resolve("retouren/2023-12"));
        long asiel = perGemeente.values().stream().mapToLong(v -> v[0]).sum();
        long oekraine = perGemeente.values().stream().mapToLong(v -> v[1]).sum();
        long gehuisvest = perGemeente.values().stream().mapToLong(v -> v[3]).sum();
        assertThat(asiel).isEqualTo(1904);
        assertThat(oekraine).isEqualTo(3055);

        Sheet o = maandpakket.getSheet("Overzicht");
        assertThat(rij(o, "Asielzoekers (incl. AMV's)", "1 januari 2024").get(5)).isEqualTo(asiel);
        assertThat(rij(o, "Oekraïense ontheemden", "1 januari 2024").get(5)).isEqualTo(oekraine);
        // 310 of the 3.055 end on 31 december 2023 (Hellendoorn 130, Enter 70, Hof van Twente 110): 2.745 on 1-1-2024.
        long oekraineOpPeildatum = perGemeente.values().stream().mapToLong(v -> v[4]).sum();
        assertThat(oekraineOpPeildatum).isEqualTo(2745);
        assertThat(rij(o, "Oekraïense ontheemden", "1 januari 2024").get(7)).isEqualTo(oekraineOpPeildatum);
        assertThat(rij(o, "Statushouders", "2e helft 2023").get(5)).isEqualTo(gehuisvest);

        // Gemeente | Code | Inwoners | Asiel 1-1-2024 | … | Asiel gerealiseerd | … | Sh. gecorr. 2e helft | Sh. gehuisv. | Oekr. | Oekr. gerealiseerd op 1-1-2024
        Sheet g = maandpakket.getSheet("Gemeenten");
        for (Map.Entry<String, long[]> e : perGemeente.entrySet()) {
            List<Object> r = rij(g, e.getKey());
            assertThat(r.get(5)).as(e.getKey() + " asiel").isEqualTo(e.getValue()[0]);
            assertThat(r.get(10)).as(e.getKey() + " gecorrigeerd").isEqualTo(e.getValue()[2]);
            assertThat(r.get(11)).as(e.getKey() + " gehuisvest").isEqualTo(e.getValue()[3]);
            assertThat(r.get(13)).as(e.getKey() + " Oekraïne op 1 januari 2024").isEqualTo(e.getValue()[4]);
        }
    }

    /** Done when (c): what Enschede entered in the tool's own form is what December 2023 shows. */
    @Test
    void watEnschedeInvuldeStaatInHetPakket() {
        List<Object> enschede = rij(maandpakket.getSheet("Gemeenten"), "Enschede");
        // asylum in use: only the paviljoens, 280 as entered (the form said 250)
        assertThat(enschede.get(5)).isEqualTo((long) PLEKKEN_PAVILJOENS);
        assertThat(enschede.get(11)).isEqualTo((long) GEHUISVEST_ENSCHEDE);
        // Taakstelling | Achterstand | Gecorrigeerd | Gehuisvest: 174 + 0 = 174, 180 housed
        assertThat(rij(maandpakket.getSheet("Statushouders"), "Enschede").subList(1, 5))
                .containsExactly(174L, 0L, 174L, (long) GEHUISVEST_ENSCHEDE);
    }

    /**
     * Done when (d): Almelo ends the first half of 2023 behind and carries it into the second.
     * By hand: taakstelling 2023-1 88 + achterstand -> 90 corrected (88 + 2 from 2022-2); the
     * Jaarplan houses 80% of it by June: (90 × 80 × 6 + 300) / 600 = 72, so 90 − 72 = 18 is carried
     * over. Taakstelling 2023-2 = ceil(19.000 × 73.155 / 17.590.672) = 80 (art. 29), corrected
     * 80 + 18 = 98; housed by December 85%: (98 × 85 × 6 + 300) / 600 = 83, nog te huisvesten 15.
     */
    @Test
    void almeloNeemtZijnAchterstandMeeInHetTweedeHalfjaar() throws Exception {
        long[] juni = statushouders(Maandrun.INPUT.resolve("retouren/2023-06/GM0141-almelo.xlsx"), "2023-1");
        assertThat(juni).containsExactly(88, 2, 72);
        long[] juli = statushouders(Maandrun.INPUT.resolve("retouren/2023-07/GM0141-almelo.xlsx"), "2023-2");
        assertThat(juli[1]).as("achterstand begin 2023-2, vooringevuld").isEqualTo(18);
        List<Object> almelo = rij(maandpakket.getSheet("Statushouders"), "Almelo");
        // Taakstelling | Achterstand begin periode | Gecorrigeerde taakstelling | Gehuisvest | … | Nog te huisvesten
        assertThat(almelo.subList(1, 5)).containsExactly(80L, 18L, 98L, 83L);
        assertThat(almelo.get(8)).isEqualTo(15L);
        assertThat(rij(maandpakket.getSheet("Gemeenten"), "Almelo").get(10)).isEqualTo(98L);
    }

    /** Done when (b): December 2022 again, after December 2023 in the same store, says every number it said before. */
    @Test
    void december2022BlijftPreciesGelijk() {
        assertThat(december2022Daarna).isNotEmpty();
        assertThat(Pakketinhoud.verschillen(december2022Eerst, december2022Daarna)).isEmpty();
    }

    /** Per gemeente name: asylum places in use (AZC/AMV, not CNO), Oekraïne places in use, corrected taakstelling and housed 2023-2. */
    static Map<String, long[]> uitDeRetouren(Path map) throws Exception {
        Map<String, long[]> uit = new TreeMap<>();
        try (Stream<Path> bestanden = Files.list(map)) {
            for (Path p : bestanden.sorted().toList()) {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
                    long[] v = new long[5];
                    for (Row r : wb.getSheet("Locaties")) {
                        if (r.getRowNum() == 0 || r.getCell(1) == null || r.getCell(5) == null) continue;
                        if (!"In gebruik".equals(r.getCell(7).getStringCellValue())) continue;
                        String doelgroep = r.getCell(3).getStringCellValue();
                        boolean cno = "CNO".equals(r.getCell(4).getStringCellValue());
                        long plekken = (long) r.getCell(5).getNumericCellValue();
                        if ((doelgroep.equals("Asielzoekers") || doelgroep.equals("AMV")) && !cno) v[0] += plekken;
                        if (doelgroep.equals("Oekraïners")) v[1] += plekken;
                        // Still there on the main peildatum 1 januari 2024: no end date, or one on/after it.
                        Cell tot = r.getCell(9);
                        boolean blijft = tot == null || tot.getCellType() == CellType.BLANK
                                || !tot.getLocalDateTimeCellValue().toLocalDate().isBefore(LocalDate.of(2024, 1, 1));
                        if (doelgroep.equals("Oekraïners") && blijft) v[4] += plekken;
                    }
                    Row h = UitvraagRondgangTest.rijMet(wb.getSheet("Statushouders"), "2023-2");
                    v[2] = (long) (h.getCell(1).getNumericCellValue() + h.getCell(2).getNumericCellValue());
                    v[3] = (long) h.getCell(3).getNumericCellValue();
                    uit.put(wb.getSheet("Gemeente").getRow(1).getCell(1).getStringCellValue(), v);
                }
            }
        }
        return uit;
    }

    /** Taakstelling, achterstand begin periode and gehuisvest of one half year of a return. */
    static long[] statushouders(Path retour, String halfjaar) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(retour))) {
            Row r = UitvraagRondgangTest.rijMet(wb.getSheet("Statushouders"), halfjaar);
            return new long[]{(long) r.getCell(1).getNumericCellValue(), (long) r.getCell(2).getNumericCellValue(),
                    r.getCell(3).getCellType() == CellType.NUMERIC ? (long) r.getCell(3).getNumericCellValue() : -1};
        }
    }
}
