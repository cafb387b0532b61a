package nl.regietafel.acceptatie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything a published package says, file by file, as lines to compare: every cell value of
 * every XLSX sheet (cached values of formulas), all text of every PDF, the text of HTML and CSV.
 * Only the generation time ("gegenereerd 1 december 2026 12:58") is left out.
 */
final class Pakketinhoud {

    private Pakketinhoud() {
    }

    static Map<String, List<String>> van(Path pakket) throws Exception {
        Map<String, List<String>> uit = new TreeMap<>();
        try (Stream<Path> alles = Files.walk(pakket)) {
            for (Path p : alles.filter(Files::isRegularFile).sorted().toList()) {
                String naam = pakket.relativize(p).toString().replace('\\', '/');
                if (naam.endsWith(".xlsx")) uit.put(naam, cellen(p));
                else if (naam.endsWith(".pdf")) uit.put(naam, List.of(zonderTijd(MaandpakketAcceptatieTest.tekst(p)).split("(?<=\\.) ")));
                else uit.put(naam, List.of(zonderTijd(Files.readString(p, StandardCharsets.UTF_8)).split("\n")));
            }
        }
        return uit;
    }

    /** The first difference per file between two packages; empty when they say the same. */
    static List<String> verschillen(Map<String, List<String>> voor, Map<String, List<String>> na) {
        List<String> uit = new ArrayList<>();
        if (!voor.keySet().equals(na.keySet())) uit.add("bestanden: " + voor.keySet() + " tegen " + na.keySet());
        for (String f : voor.keySet()) {
            List<String> a = voor.get(f);
            List<String> b = na.getOrDefault(f, List.of());
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String x = i < a.size() ? a.get(i) : "<geen>";
                String y = i < b.size() ? b.get(i) : "<geen>";
                if (!x.equals(y)) {
                    uit.add(f + " regel " + (i + 1) + ": '" + x + "' werd '" + y + "'");
                    break;
                }
            }
        }
        return uit;
    }

    static String zonderTijd(String tekst) {
        return tekst.replaceAll("(?i)gegenereerd (op )?\\d{1,2} \\p{L}+ \\d{4}( om)? \\d{1,2}:\\d{2}(:\\d{2})?", "gegenereerd …");
    }

    private static List<String> cellen(Path xlsx) throws IOException {
        List<String> uit = new ArrayList<>();
        DataFormatter formaat = new DataFormatter(java.util.Locale.forLanguageTag("nl-NL"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet blad : wb) {
                for (Row r : blad) {
                    for (Cell c : r) {
                        String waarde = c.getCellType() == CellType.FORMULA
                                ? (c.getCachedFormulaResultType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                                : c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue() : formaat.formatCellValue(c))
                                : formaat.formatCellValue(c);
                        if (!waarde.isEmpty()) uit.add(blad.getSheetName() + "!" + c.getAddress() + "=" + zonderTijd(waarde));
                    }
                }
            }
        }
        return uit;
    }
}
