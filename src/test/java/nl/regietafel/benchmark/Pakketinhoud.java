package nl.regietafel.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a published package says, file by file, so that two runs can be compared: a PDF's text
 * page by page, a workbook's cells (sheet, address, type, value or formula), any other file as
 * its text. The two things that differ between any two runs by design are masked: the time a
 * document was made ("1 december 2026 13:15", in the audit trail "01-12-2026 13:15:02") and the
 * run id ("20261201-131502-123").
 *
 * <p>Also a command: {@code Pakketinhoud <package folder> <file>} writes the whole package as one
 * text, to compare the output of two builds with {@code diff}.
 */
public final class Pakketinhoud {

    private static final Pattern TIJDSTIP = Pattern.compile(
            "\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4} \\d{2}:\\d{2}");
    /** The audit trail's times of import: "01-12-2026 12:58:32", "2026-12-01T12:58:32.123". */
    private static final Pattern KLOKTIJD = Pattern.compile(
            "\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}(:\\d{2})?|\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern RUN_ID = Pattern.compile("\\d{8}-\\d{6}-\\d{3}");

    private Pakketinhoud() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder uit = new StringBuilder();
        lees(Path.of(args[0])).forEach((pad, inhoud) -> uit.append("=== ").append(pad).append('\n').append(inhoud).append('\n'));
        Files.writeString(Path.of(args[1]), uit);
    }

    /** Every file under {@code map} by its relative path (with '/'), in path order. */
    public static Map<String, String> lees(Path map) throws IOException {
        Map<String, String> uit = new TreeMap<>();
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.filter(Files::isRegularFile).sorted().toList()) {
                uit.put(map.relativize(p).toString().replace('\\', '/'), maskeer(inhoud(p)));
            }
        }
        return uit;
    }

    static String inhoud(Path p) throws IOException {
        String naam = p.getFileName().toString();
        if (naam.endsWith(".pdf")) return pdf(p);
        if (naam.endsWith(".xlsx")) return xlsx(p);
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    static String maskeer(String tekst) {
        String t = TIJDSTIP.matcher(tekst).replaceAll("<tijdstip>");
        t = RUN_ID.matcher(t).replaceAll("<run>");
        return KLOKTIJD.matcher(t).replaceAll("<tijdstip>");
    }

    static String pdf(Path p) throws IOException {
        StringBuilder uit = new StringBuilder();
        try (PdfReader lezer = new PdfReader(p.toString())) {
            PdfTextExtractor tekst = new PdfTextExtractor(lezer);
            uit.append("pagina's: ").append(lezer.getNumberOfPages()).append('\n');
            for (int i = 1; i <= lezer.getNumberOfPages(); i++) {
                uit.append("--- pagina ").append(i).append('\n').append(tekst.getTextFromPage(i)).append('\n');
            }
        }
        return uit.toString();
    }

    static String xlsx(Path p) throws IOException {
        StringBuilder uit = new StringBuilder();
        try (OPCPackage pakket = OPCPackage.open(p.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pakket)) {
            for (Sheet blad : wb) {
                uit.append("--- blad ").append(blad.getSheetName()).append('\n');
                for (Row rij : blad) {
                    for (Cell cel : rij) {
                        String waarde = switch (cel.getCellType()) {
                            case FORMULA -> "=" + cel.getCellFormula() + " -> " + gecachet(cel);
                            case NUMERIC -> getal(cel);
                            case STRING -> cel.getStringCellValue();
                            case BOOLEAN -> String.valueOf(cel.getBooleanCellValue());
                            default -> "";
                        };
                        if (!waarde.isEmpty()) uit.append(cel.getAddress()).append(' ').append(waarde).append('\n');
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(p + ": " + e.getMessage(), e);
        }
        return uit.toString();
    }

    /** A date cell as a date, with its time only when it has one (the audit trail's times are masked). */
    private static String getal(Cell cel) {
        if (!DateUtil.isCellDateFormatted(cel)) return String.valueOf(cel.getNumericCellValue());
        var tijd = cel.getLocalDateTimeCellValue();
        return tijd.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? tijd.toLocalDate().toString() : tijd.toString();
    }

    private static String gecachet(Cell cel) {
        return switch (cel.getCachedFormulaResultType()) {
            case NUMERIC -> String.valueOf(cel.getNumericCellValue());
            case STRING -> cel.getStringCellValue();
            case BOOLEAN -> String.valueOf(cel.getBooleanCellValue());
            default -> "";
        };
    }
}
