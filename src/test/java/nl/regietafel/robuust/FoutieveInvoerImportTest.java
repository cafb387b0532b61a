package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.ingest.RetourFixture;
import nl.regietafel.store.MeldingRepository;
import nl.regietafel.store.MeldingRepository.OpgeslagenMelding;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3, "Done when": every class of bad input of SPEC §7 goes through the import job. Each
 * test imports the good sample month, drops one bad file beside it and imports again. A rejected
 * file leaves the job COMPLETED with exit code 2, a Dutch message naming file, sheet, row and
 * column, a quarantine copy, the original untouched, and every stored figure as it was.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:robuust-invoer;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/robuust-invoer"})
class FoutieveInvoerImportTest {

    static final String ENSCHEDE_V2 = "GM0153-enschede-v2.xlsx";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobStarter starter;
    @Autowired
    MeldingRepository meldingen;

    @TempDir
    Path tmp;

    Invoerbank bank;
    Path input;
    Path output;

    @BeforeEach
    void deVoorbeeldmaandIsIngelezen() throws Exception {
        bank = new Invoerbank(jdbc, starter);
        bank.leegStore();
        input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        output = tmp.resolve("output");
        String run = bank.importeerEnVerdeel(input, output);
        assertThat(meldingen.aantalFouten(run)).isZero();
    }

    // ---- files that are no workbook, or are built to hurt -------------------------------------

    @Test
    void geen_xlsx() throws Exception {
        Path slecht = Files.writeString(input.resolve(Invoerbank.RETOURMAP).resolve(ENSCHEDE_V2),
                "Gemeentecode;GM0153\nPeilmaand;2022-12\n");
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).startsWith("is geen Excel-bestand (.xlsx)");
            assertThat(m.blad()).isNull(); // the whole file: no sheet, row or column applies
        }));
    }

    @Test
    void afgebroken_zip() throws Exception {
        byte[] heel = Files.readAllBytes(input.resolve(Invoerbank.RETOURMAP).resolve("GM0153-enschede.xlsx"));
        Path slecht = Files.write(input.resolve(Invoerbank.RETOURMAP).resolve(ENSCHEDE_V2), Arrays.copyOf(heel, heel.length / 2));
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement()
                .satisfies(m -> assertThat(m.tekst()).containsAnyOf("beschadigd", "onvolledig")));
    }

    @Test
    void zip_bom() throws Exception {
        Path slecht = RetourFixture.vervangOnderdeel(enschede(), input.resolve(Invoerbank.RETOURMAP).resolve(ENSCHEDE_V2),
                "xl/worksheets/sheet2.xml", (xml, out) -> {
                    int i = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, i).getBytes(StandardCharsets.UTF_8));
                    byte[] spaties = new byte[1 << 20];
                    Arrays.fill(spaties, (byte) ' ');
                    for (int k = 0; k < 40; k++) out.write(spaties);
                    out.write(xml.substring(i).getBytes(StandardCharsets.UTF_8));
                });
        assertThat(Files.size(slecht)).isLessThan(300_000);
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).contains("zip-bom");
            assertThat(m.blad()).isEqualTo("Locaties");
        }));
    }

    @Test
    void xml_entiteiten_en_doctype() throws Exception {
        Path slecht = RetourFixture.vervangOnderdeel(enschede(), input.resolve(Invoerbank.RETOURMAP).resolve(ENSCHEDE_V2),
                "xl/worksheets/sheet2.xml", (xml, out) -> {
                    String doctype = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
                    out.write(xml.replaceFirst("\\?>", "?>" + doctype).replace("<v>", "<v>&lol;&xxe;")
                            .getBytes(StandardCharsets.UTF_8));
                });
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).contains("DOCTYPE of entiteiten");
            assertThat(m.blad()).isEqualTo("Locaties");
        }));
    }

    @Test
    void enorm_blad() throws Exception {
        Path slecht = input.resolve(Invoerbank.RETOURMAP).resolve(ENSCHEDE_V2);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.createSheet("Gemeente");
            Sheet s = wb.createSheet("Locaties");
            for (int i = 0; i < 100_000; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("GM0153-" + i);
                r.createCell(5).setCellValue(i % 500);
            }
            try (OutputStream out = Files.newOutputStream(slecht)) {
                wb.write(out);
            }
        }
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).contains("meer dan 10.000 rijen");
            assertThat(m.blad()).isEqualTo("Locaties");
            assertThat(m.rij()).isEqualTo(10_001);
        }));
    }

    // ---- wrong contents -----------------------------------------------------------------------

    @Test
    void negatief_getal() throws Exception {
        Path slecht = Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> Invoerbank.cel(wb, "Locaties", 2, 'F').setCellValue(-40));
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).contains("negatief getal (-40)");
            plek(m, "Locaties", 2, "F (Capaciteit)");
        }));
    }

    @Test
    void geen_getal() throws Exception {
        Path slecht = Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> Invoerbank.cel(wb, "Locaties", 3, 'G').setCellValue("ongeveer vijftig"));
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).contains("ongeveer vijftig");
            plek(m, "Locaties", 3, "G (Bezetting)");
        }));
    }

    @Test
    void onbekende_gemeente() throws Exception {
        Path slecht = Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> {
            Invoerbank.cel(wb, "Gemeente", 1, 'B').setCellValue("GM9999");
            Invoerbank.cel(wb, "Gemeente", 2, 'B').setCellValue("Atlantis");
        });
        wordtAfgewezen(slecht, fouten -> {
            assertThat(fouten).isNotEmpty().allSatisfy(m -> assertThat(m.blad()).isEqualTo("Gemeente"));
            assertThat(fouten).anySatisfy(m -> {
                assertThat(m.tekst()).contains("GM9999");
                plek(m, "Gemeente", 1, "B (Gemeentecode)");
            });
        });
    }

    @Test
    void verkeerde_periode() throws Exception {
        Path slecht = Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> Invoerbank.cel(wb, "Gemeente", 3, 'B').setCellValue("2022-11"));
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).isEqualTo("retour voor 2022-11, verwacht 2022-12");
            plek(m, "Gemeente", 3, "B (Peilmaand)");
        }));
    }

    @Test
    void ontbrekend_blad() throws Exception {
        Path slecht = Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> wb.removeSheetAt(wb.getSheetIndex("Statushouders")));
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).startsWith("blad 'Statushouders' ontbreekt");
            assertThat(m.blad()).isEqualTo("Statushouders");
        }));
    }

    @Test
    void ontbrekende_kop() throws Exception {
        Path slecht = Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> Invoerbank.cel(wb, "Locaties", 1, 'F').setCellValue("Plekken"));
        wordtAfgewezen(slecht, fouten -> assertThat(fouten).singleElement().satisfies(m -> {
            assertThat(m.tekst()).isEqualTo("kolom 'Capaciteit' ontbreekt in de kopregel (rij 1)");
            plek(m, "Locaties", 1, "Capaciteit");
        }));
    }

    // ---- accepted with a warning --------------------------------------------------------------

    @Test
    void formule_in_een_getalcel_wordt_aanvaard_met_de_opgeslagen_waarde_en_gemeld() throws Exception {
        Path v2 = Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> {
            Cell c = Invoerbank.cel(wb, "Locaties", 2, 'F');
            c.setCellFormula("300+77");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });

        String run = bank.importeerEnVerdeel(input, output);

        assertThat(meldingen.aantalFouten(run)).isZero();
        assertThat(capaciteit("GM0153", 1)).isEqualTo(377L);
        assertThat(meldingen.vanRun(run)).anySatisfy(m -> {
            assertThat(m.ernst()).isEqualTo("WAARSCHUWING");
            assertThat(m.bestand()).isEqualTo(Invoerbank.RETOURMAP + "/" + v2.getFileName());
            assertThat(m.tekst()).isEqualTo("formule gevonden (=300+77), opgeslagen waarde 377 gebruikt");
            plek(m, "Locaties", 2, "F (Capaciteit)");
        });
    }

    @Test
    void tekst_die_op_een_formule_lijkt_blijft_tekst() throws Exception {
        String gevaarlijk = "=HYPERLINK(\"http://example.org\";\"klik\")";
        Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> Invoerbank.cel(wb, "Locaties", 2, 'B').setCellValue(gevaarlijk));

        String run = bank.importeerEnVerdeel(input, output);

        assertThat(meldingen.aantalFouten(run)).isZero();
        assertThat(bank.rijen("""
                SELECT l.naam FROM locatie l JOIN retour r ON r.id = l.retour_id
                WHERE r.actief = TRUE AND r.gemeente_code = 'GM0153' AND l.volgnr = 1""")).containsExactly("{NAAM=" + gevaarlijk + "}");
        assertThat(meldingen.vanRun(run)).anySatisfy(m -> {
            assertThat(m.tekst()).startsWith("tekst die op een formule lijkt");
            plek(m, "Locaties", 2, "B (Naam)");
        });
    }

    // ---- a second return, the same return, an older return ------------------------------------

    @Test
    void een_tweede_retour_vervangt_de_eerste() throws Exception {
        Path v1 = enschede();
        Invoerbank.variantVanEnschede(input, ENSCHEDE_V2, wb -> {
            Invoerbank.cel(wb, "Gemeente", 5, 'B').setCellValue(LocalDate.of(2023, 1, 20));
            Invoerbank.cel(wb, "Locaties", 2, 'F').setCellValue(999);
        });
        long voor = capaciteit("GM0153", 1);

        String run = bank.importeerEnVerdeel(input, output);

        assertThat(meldingen.aantalFouten(run)).isZero();
        assertThat(voor).isNotEqualTo(999L);
        assertThat(capaciteit("GM0153", 1)).isEqualTo(999L);
        assertThat(bank.telling("SELECT COUNT(*) FROM retour WHERE gemeente_code = 'GM0153' AND actief = TRUE")).isEqualTo(1);
        assertThat(bank.rijen("SELECT pad, status FROM invoerbestand WHERE gemeente_code = 'GM0153' ORDER BY id")).containsExactly(
                "{PAD=" + Invoerbank.RETOURMAP + "/" + v1.getFileName() + ", STATUS=VERVANGEN}",
                "{PAD=" + Invoerbank.RETOURMAP + "/" + ENSCHEDE_V2 + ", STATUS=AANVAARD}");
        assertThat(meldingen.vanRun(run)).anySatisfy(m -> assertThat(m.tekst()).startsWith("Vervangt de eerder aanvaarde retour van Enschede"));
    }

    @Test
    void hetzelfde_bestand_opnieuw_verandert_niets() throws Exception {
        List<String> voor = bank.cijfers();
        long bestandenVoor = bank.telling("SELECT COUNT(*) FROM invoerbestand");
        Files.copy(enschede(), input.resolve(Invoerbank.RETOURMAP).resolve(ENSCHEDE_V2));

        String run = bank.importeerEnVerdeel(input, output);

        assertThat(meldingen.vanRun(run)).isEmpty();
        assertThat(bank.telling("SELECT COUNT(*) FROM invoerbestand")).isEqualTo(bestandenVoor);
        assertThat(bank.cijfers()).isEqualTo(voor);
    }

    @Test
    void een_oudere_retour_vervangt_de_aanvaarde_niet() throws Exception {
        List<String> voor = bank.cijfers();
        Invoerbank.variantVanEnschede(input, "GM0153-enschede-oud.xlsx", wb -> {
            Invoerbank.cel(wb, "Gemeente", 5, 'B').setCellValue(LocalDate.of(2022, 12, 20));
            Invoerbank.cel(wb, "Locaties", 2, 'F').setCellValue(999);
        });

        String run = bank.importeerEnVerdeel(input, output);

        assertThat(meldingen.aantalFouten(run)).isZero();
        assertThat(bank.cijfers()).isEqualTo(voor);
        assertThat(bank.rijen("SELECT pad, status FROM invoerbestand WHERE gemeente_code = 'GM0153' ORDER BY id")).containsExactly(
                "{PAD=" + Invoerbank.RETOURMAP + "/GM0153-enschede.xlsx, STATUS=AANVAARD}",
                "{PAD=" + Invoerbank.RETOURMAP + "/GM0153-enschede-oud.xlsx, STATUS=VERVANGEN}");
        assertThat(meldingen.vanRun(run)).anySatisfy(m -> assertThat(m.tekst()).contains("ouder (datum 2022-12-20)", "die blijft gelden"));
    }

    // ---- national documents and their profiles ------------------------------------------------

    @Test
    void landelijk_document_met_een_onbekend_gebied() throws Exception {
        Path doc = input.resolve("landelijk/dg-oekraine-brief-2022-12-16-opvangplekken-per-veiligheidsregio.xlsx");
        Invoerbank.variant(doc, doc, wb -> {
            for (Row r : wb.getSheet("Verdeling")) {
                Cell c = r.getCell(0);
                if (c != null && "Flevoland".equals(c.toString())) c.setCellValue("Atlantis");
            }
        });
        wordtAfgewezen(doc, "landelijk/" + doc.getFileName(), fouten -> assertThat(fouten).anySatisfy(m -> {
            assertThat(m.tekst()).contains("Atlantis");
            assertThat(m.blad()).isEqualTo("Verdeling");
            assertThat(m.rij()).isNotNull();
            assertThat(m.kolom()).contains("Veiligheidsregio");
        }));
    }

    @Test
    void landelijk_document_met_een_kapot_bronprofiel() throws Exception {
        Path doc = input.resolve("landelijk/dg-oekraine-brief-2022-12-16-opvangplekken-per-veiligheidsregio.xlsx");
        Invoerbank.variant(doc, doc, wb -> wb.getProperties().getCoreProperties().setDescription("nieuwe versie"));
        Path profiel = input.resolve("profielen/dg-oekraine-verdeling-veiligheidsregio.yaml");
        Files.writeString(profiel, Files.readString(profiel).replace("opgave: OEKRAINE", "opgave: OEKRAINERS"));
        wordtAfgewezen(doc, "landelijk/" + doc.getFileName(), fouten -> assertThat(fouten).anySatisfy(m -> {
            assertThat(m.tekst()).startsWith("bronprofiel profielen/dg-oekraine-verdeling-veiligheidsregio.yaml: ").contains("OEKRAINERS");
            assertThat(m.kolom()).isEqualTo("cijfers[1].opgave");
        }));
    }

    // ---- helpers ------------------------------------------------------------------------------

    Path enschede() {
        return input.resolve(Invoerbank.RETOURMAP).resolve("GM0153-enschede.xlsx");
    }

    long capaciteit(String gemeente, int volgnr) {
        return bank.telling("""
                SELECT l.capaciteit FROM locatie l JOIN retour r ON r.id = l.retour_id
                WHERE r.actief = TRUE AND r.gemeente_code = ? AND l.volgnr = ?""", gemeente, volgnr);
    }

    static void plek(OpgeslagenMelding m, String blad, int rij, String kolom) {
        assertThat(m.blad()).isEqualTo(blad);
        assertThat(m.rij()).isEqualTo(rij);
        assertThat(m.kolom()).isEqualTo(kolom);
    }

    void wordtAfgewezen(Path slecht, Consumer<List<OpgeslagenMelding>> controle) throws Exception {
        wordtAfgewezen(slecht, Invoerbank.RETOURMAP + "/" + slecht.getFileName(), controle);
    }

    /** Imports again with {@code slecht} in the input and checks everything SPEC §7 promises about a rejected file. */
    void wordtAfgewezen(Path slecht, String pad, Consumer<List<OpgeslagenMelding>> controle) throws Exception {
        List<String> voor = bank.cijfers();
        String hash = Invoerbank.sha(slecht);

        String run = bank.importeerEnVerdeel(input, output);

        assertThat(meldingen.aantalFouten(run)).as("afsluitcode 2").isPositive();
        List<OpgeslagenMelding> fouten = meldingen.vanRun(run).stream().filter(m -> m.ernst().equals("FOUT")).toList();
        fouten.forEach(m -> System.out.println("  melding: " + m));
        assertThat(fouten).isNotEmpty().allSatisfy(m -> {
            assertThat(m.bestand()).isEqualTo(pad);
            assertThat(m.tekst()).isNotBlank();
            assertThat(m.quarantaine()).isNotNull();
            assertThat(Invoerbank.sha(Path.of(m.quarantaine()))).as("quarantainekopie").isEqualTo(hash);
        });
        controle.accept(fouten);
        assertThat(Invoerbank.sha(slecht)).as("het origineel is onveranderd").isEqualTo(hash);
        assertThat(bank.rijen("SELECT status FROM invoerbestand WHERE sha256 = '" + hash + "'")).containsExactly("{STATUS=AFGEWEZEN}");
        assertThat(bank.cijfers()).as("de opgeslagen cijfers zijn onveranderd").isEqualTo(voor);
    }
}
