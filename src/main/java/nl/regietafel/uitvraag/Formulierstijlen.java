package nl.regietafel.uitvraag;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The styles of one form. Grey = pre-filled and locked; white = input, unlocked. */
final class Formulierstijlen {

    final XSSFCellStyle kop;
    final XSSFCellStyle sleutel;
    final XSSFCellStyle hint;
    final XSSFCellStyle vast;
    final XSSFCellStyle vastGetal;
    final XSSFCellStyle invoerTekst;
    final XSSFCellStyle invoerGetal;
    final XSSFCellStyle invoerDatum;
    final XSSFCellStyle titel;
    final XSSFCellStyle alinea;
    private final XSSFWorkbook wb;
    private final Map<XSSFCellStyle, XSSFCellStyle> letterlijk = new HashMap<>();

    Formulierstijlen(XSSFWorkbook wb) {
        this.wb = wb;
        short tekstformaat = wb.createDataFormat().getFormat("@");
        short getalformaat = wb.createDataFormat().getFormat("#,##0");
        short datumformaat = wb.createDataFormat().getFormat("d-m-yyyy");
        XSSFFont wit = wb.createFont();
        wit.setBold(true);
        wit.setColor(new XSSFColor(new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
        XSSFFont vet = wb.createFont();
        vet.setBold(true);
        XSSFFont grijs = wb.createFont();
        grijs.setItalic(true);
        grijs.setColor(new XSSFColor(new byte[]{0x55, 0x55, 0x55}, null));
        XSSFFont groot = wb.createFont();
        groot.setBold(true);
        groot.setFontHeightInPoints((short) 14);
        groot.setColor(new XSSFColor(new byte[]{0x15, 0x42, 0x73}, null));

        kop = wb.createCellStyle();
        kop.setFont(wit);
        kop.setFillForegroundColor(new XSSFColor(new byte[]{0x15, 0x42, 0x73}, null));
        kop.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        kop.setWrapText(true);
        kop.setVerticalAlignment(VerticalAlignment.CENTER);
        kop.setLocked(true);
        sleutel = wb.createCellStyle();
        sleutel.setFont(vet);
        sleutel.setLocked(true);
        hint = wb.createCellStyle();
        hint.setFont(grijs);
        hint.setLocked(true);
        vast = wb.createCellStyle();
        vast.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xE4, (byte) 0xE8, (byte) 0xEE}, null));
        vast.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        vast.setDataFormat(tekstformaat);
        vast.setLocked(true);
        vastGetal = wb.createCellStyle();
        vastGetal.cloneStyleFrom(vast);
        vastGetal.setDataFormat(getalformaat);
        invoerTekst = invoer(wb, tekstformaat);
        invoerGetal = invoer(wb, getalformaat);
        invoerDatum = invoer(wb, datumformaat);
        titel = wb.createCellStyle();
        titel.setFont(groot);
        alinea = wb.createCellStyle();
        alinea.setWrapText(true);
        alinea.setVerticalAlignment(VerticalAlignment.TOP);
    }

    XSSFCellStyle letterlijk(XSSFCellStyle basis) {
        return letterlijk.computeIfAbsent(basis, b -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(b);
            s.setQuotePrefixed(true);
            return s;
        });
    }

    private static XSSFCellStyle invoer(XSSFWorkbook wb, short formaat) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(formaat);
        s.setLocked(false);
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBottomBorderColor(new XSSFColor(new byte[]{(byte) 0xC8, (byte) 0xCF, (byte) 0xD8}, null));
        return s;
    }
}
