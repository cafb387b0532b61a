package nl.regietafel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.Maandretour;
import nl.regietafel.ingest.excel.ExcelLimieten;

/** Files that are not what they claim, or are built to hurt: each is refused with one clear FOUT. */
class OnveiligBestandTest {

    @TempDir
    Path map;

    Melding enigeFout(Path p) {
        Leesresultaat<Maandretour> r = MaandretourReader.lees(p, TestData.indeling(), YearMonth.of(2022, 12));
        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.waarde()).isNull();
        assertThat(r.fouten()).as(r.meldingen().toString()).hasSize(1);
        Melding f = r.fouten().get(0);
        System.out.println(f.omschrijving());
        assertThat(f.bestand()).isEqualTo(p.getFileName().toString());
        assertThat(f.omschrijving()).startsWith(p.getFileName().toString());
        return f;
    }

    @Test
    void tekstbestand_met_xlsx_extensie() throws Exception {
        Path p = Files.writeString(map.resolve("GM0153-enschede.xlsx"), "Gemeentecode;GM0153\nPeilmaand;2022-12\n");
        Melding f = enigeFout(p);
        assertThat(f.tekst()).startsWith("is geen Excel-bestand (.xlsx)").contains("tekst");
        assertThat(f.blad()).isNull();
        assertThat(f.rij()).isNull();
        assertThat(f.kolom()).isNull();
    }

    @Test
    void oud_xls_bestand_met_xlsx_extensie() throws Exception {
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
        Melding f = enigeFout(Files.write(map.resolve("oud.xlsx"), ole2));
        assertThat(f.tekst()).startsWith("is geen Excel-bestand (.xlsx)").contains(".xls");
    }

    @Test
    void leeg_bestand() throws Exception {
        assertThat(enigeFout(Files.write(map.resolve("leeg.xlsx"), new byte[0])).tekst()).contains("is leeg");
    }

    @Test
    void afgebroken_zip() throws Exception {
        Path heel = RetourFixture.schrijf(map, "heel.xlsx", wb -> { });
        byte[] b = Files.readAllBytes(heel);
        Path half = Files.write(map.resolve("afgebroken.xlsx"), Arrays.copyOf(b, b.length / 2));
        Melding f = enigeFout(half);
        assertThat(f.tekst()).containsAnyOf("beschadigd", "onvolledig");
    }

    @Test
    void te_groot_bestand() throws Exception {
        Path p = map.resolve("groot.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(new byte[] {'P', 'K', 3, 4});
            out.write(new byte[(int) ExcelLimieten.MAX_BESTANDSGROOTTE]);
        }
        assertThat(enigeFout(p).tekst()).contains("is te groot", "maximaal 20 MB");
    }

    @Test
    void zip_bom_wordt_door_de_limieten_geweigerd() throws Exception {
        Path heel = RetourFixture.schrijf(map, "heel.xlsx", wb -> { });
        // 25 MB of spaces inside sheetData of Locaties: inflates about 1000x, far below the minimum ratio 1:100.
        Path bom = RetourFixture.vervangOnderdeel(heel, map.resolve("bom.xlsx"), "xl/worksheets/sheet2.xml", (xml, out) -> {
            int i = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, i).getBytes(StandardCharsets.UTF_8));
            byte[] spaties = new byte[1 << 20];
            Arrays.fill(spaties, (byte) ' ');
            for (int k = 0; k < 25; k++) out.write(spaties);
            out.write(xml.substring(i).getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(bom)).isLessThan(200_000);

        Melding f = enigeFout(bom);

        assertThat(f.tekst()).contains("zip-bom");
        assertThat(f.blad()).isEqualTo("Locaties");
        assertThat(f.omschrijving()).contains("bom.xlsx", "blad 'Locaties'");
    }

    @Test
    void xml_met_doctype_en_entiteiten() throws Exception {
        Path heel = RetourFixture.schrijf(map, "heel.xlsx", wb -> { });
        Path xxe = RetourFixture.vervangOnderdeel(heel, map.resolve("entiteiten.xlsx"), "xl/worksheets/sheet2.xml", (xml, out) -> {
            String doctype = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
            String x = xml.replaceFirst("\\?>", "?>" + doctype).replace("Locatie 1<", "&lol2;&xxe;<");
            out.write(x.getBytes(StandardCharsets.UTF_8));
        });

        Melding f = enigeFout(xxe);

        assertThat(f.tekst()).contains("DOCTYPE of entiteiten");
        assertThat(f.omschrijving()).contains("entiteiten.xlsx", "blad 'Locaties'");
    }

    @Test
    void blad_met_te_veel_rijen() throws Exception {
        long start = System.nanoTime();
        Path p = map.resolve("veel-rijen.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.createSheet("Gemeente");
            Sheet s = wb.createSheet("Locaties");
            for (int i = 0; i < 200_000; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(i * 7919L % 100_003);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }

        Melding f = enigeFout(p);

        assertThat(f.tekst()).contains("meer dan 10.000 rijen");
        assertThat(f.omschrijving()).contains("veel-rijen.xlsx", "blad 'Locaties'", "rij 10001");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void zip_met_iets_anders_dan_een_werkmap() throws Exception {
        Path p = map.resolve("geen-werkmap.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("leesmij.txt"));
            zip.write("hallo".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(enigeFout(p).tekst()).isEqualTo("is geen Excel-bestand (.xlsx): het is een zip-archief zonder Excel-werkmap");
    }
}
