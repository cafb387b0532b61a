package nl.regietafel.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a complete maandretour for Enschede, December 2022, in code, with 14 locations;
 * a test changes what it needs through {@code aanpassing}. Column F of Locaties is Capaciteit.
 */
public final class RetourFixture {

    public static final List<String> LOCATIE_KOP = List.of("Locatie-id", "Naam", "Plaats", "Doelgroep", "Soort", "Capaciteit",
            "Bezetting", "Status", "Open vanaf", "Beschikbaar tot", "Toelichting", "Gedeeld met");

    private RetourFixture() {
    }

    public static Path schrijf(Path map, String bestandsnaam, Consumer<XSSFWorkbook> aanpassing) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            Sheet g = wb.createSheet("Gemeente");
            kv(g, 0, "Gemeentecode", "GM0153");
            kv(g, 1, "Gemeente", "Enschede");
            kv(g, 2, "Peilmaand", "2022-12");
            kv(g, 3, "Ingevuld door", "J. Jansen, j.jansen@enschede.nl");
            Row d = g.createRow(4);
            d.createCell(0).setCellValue("Datum");
            Cell dc = d.createCell(1);
            dc.setCellValue(LocalDate.of(2023, 1, 5));
            dc.setCellStyle(datum);

            Sheet l = wb.createSheet("Locaties");
            kop(l, LOCATIE_KOP);
            String[][] soorten = {
                    {"Asielzoekers", "AZC", "In gebruik"}, {"Asielzoekers", "CNO", "In gebruik"}, {"Oekraïners", "Gemeentelijke opvang", "In gebruik"},
                    {"AMV", "Tussenvoorziening", "Besluit college"}, {"Statushouders", "Flexwoningen", "In aanbouw"}, {"Oekraïners", "Hotel/vakantiepark", "In gebruik"},
                    {"Oekraïners", "Particulier", "In gebruik"}};
            for (int i = 1; i <= 14; i++) {
                String[] s = soorten[(i - 1) % soorten.length];
                Row r = l.createRow(i);
                r.createCell(0).setCellValue("ENS-" + String.format("%02d", i));
                r.createCell(1).setCellValue("Locatie " + i);
                r.createCell(2).setCellValue("Enschede");
                r.createCell(3).setCellValue(s[0]);
                r.createCell(4).setCellValue(s[1]);
                r.createCell(5).setCellValue(100 + i);
                r.createCell(6).setCellValue(50 + i);
                r.createCell(7).setCellValue(s[2]);
                Cell open = r.createCell(8);
                open.setCellValue(LocalDate.of(2022, 3, i));
                open.setCellStyle(datum);
                r.createCell(9).setCellValue("31-12-2023");
                r.createCell(10).setCellValue("toelichting " + i);
                if (i == 2) r.createCell(11).setCellValue("Hengelo (O.) / Borne");
            }

            Sheet s = wb.createSheet("Statushouders");
            kop(s, List.of("Halfjaar", "Taakstelling", "Achterstand begin periode", "Gehuisvest", "Waarvan AMV", "Instrumenten"));
            Row sr = s.createRow(1);
            sr.createCell(0).setCellValue("2023-1");
            sr.createCell(1).setCellValue(175);
            sr.createCell(2).setCellValue(-12);
            sr.createCell(3).setCellValue(40);
            sr.createCell(4).setCellValue(6);
            sr.createCell(5).setCellValue("Flexwoningen, versnelde toewijzing");

            Sheet k = wb.createSheet("Knelpunten");
            kop(k, List.of("Onderwerp", "Omschrijving", "Gevraagd van"));
            Row kr = k.createRow(1);
            kr.createCell(0).setCellValue("Woningen");
            kr.createCell(1).setCellValue("Te weinig betaalbare woningen voor statushouders");
            kr.createCell(2).setCellValue("Rijk");
            wb.createSheet("Toelichting").createRow(0).createCell(0).setCellValue("Vrije tekst, wordt niet gelezen");

            aanpassing.accept(wb);
            Path p = map.resolve(bestandsnaam);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
            return p;
        }
    }

    public static Path schrijf(Path map, Consumer<XSSFWorkbook> aanpassing) throws IOException {
        return schrijf(map, "GM0153-enschede.xlsx", aanpassing);
    }

    private static void kv(Sheet s, int rij, String sleutel, String waarde) {
        Row r = s.createRow(rij);
        r.createCell(0).setCellValue(sleutel);
        r.createCell(1).setCellValue(waarde);
    }

    private static void kop(Sheet s, List<String> koppen) {
        Row r = s.createRow(0);
        for (int i = 0; i < koppen.size(); i++) r.createCell(i).setCellValue(koppen.get(i));
    }

    /** Sets a cell (0-based row and column) of a sheet to text, a number or null (removed). */
    public static void zet(XSSFWorkbook wb, String blad, int rij, int kolom, Object waarde) {
        Sheet s = wb.getSheet(blad);
        Row r = s.getRow(rij) == null ? s.createRow(rij) : s.getRow(rij);
        if (waarde == null) {
            Cell c = r.getCell(kolom);
            if (c != null) r.removeCell(c);
            return;
        }
        Cell c = r.getCell(kolom) == null ? r.createCell(kolom) : r.getCell(kolom);
        if (waarde instanceof Number n) c.setCellValue(n.doubleValue());
        else c.setCellValue(waarde.toString());
    }

    /** Copies an xlsx, replacing one part's text through {@code wijziging}, written streaming by {@code schrijver}. */
    public static Path vervangOnderdeel(Path bron, Path doel, String onderdeel, OnderdeelSchrijver schrijver) throws IOException {
        try (ZipFile zip = new ZipFile(bron.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(doel))) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    if (e.getName().equals(onderdeel)) {
                        ByteArrayOutputStream b = new ByteArrayOutputStream();
                        in.transferTo(b);
                        schrijver.schrijf(b.toString(StandardCharsets.UTF_8), out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return doel;
    }

    public interface OnderdeelSchrijver {
        void schrijf(String origineel, OutputStream out) throws IOException;
    }
}
