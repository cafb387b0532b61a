package nl.regietafel.ingest.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;

/** A style's "is this a date format?" read with StAX is what POI's StylesTable and XSSFCellStyle answer. */
class CelopmaakTest {

    private static final String STIJLEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"[$-413]d mmmm yyyy;@\"/><numFmt numFmtId=\"14\" formatCode=\"0\"/></numFmts>"
            + "<cellXfs count=\"9\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\"/>"
            + "<xf numFmtId=\"166\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/><xf/><xf numFmtId=\"200\"/><xf numFmtId=\"49\"/></cellXfs>"
            + "</styleSheet>";

    @Test
    void elke_stijl_is_een_datum_zoals_poi_zegt() throws Exception {
        Celopmaak opmaak = Celopmaak.lees(stroom(STIJLEN));
        StylesTable poi = new StylesTable(stroom(STIJLEN));
        assertThat(opmaak.aantal()).isEqualTo(9).isEqualTo(poi.getNumCellStyles());
        for (int i = 0; i < opmaak.aantal(); i++) {
            XSSFCellStyle s = poi.getStyleAt(i);
            assertThat(opmaak.isDatum(i)).as("stijl " + i).isEqualTo(DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString()));
        }
        assertThat(opmaak.isDatum(1)).isTrue();
        assertThat(opmaak.isDatum(2)).isFalse();
        assertThat(opmaak.isDatum(3)).isTrue();
        assertThat(opmaak.isDatum(4)).isTrue(); // 14 is a date format by number, whatever code the file gives it
        assertThat(opmaak.isDatum(5)).isTrue();
        assertThat(opmaak.isDatum(6)).isFalse();
    }

    @Test
    void wat_hij_niet_zo_leest_laat_hij_aan_poi() {
        String ns = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        assertThatThrownBy(() -> Celopmaak.lees(stroom(ns + "<cellXfs><xf numFmtId=\"veertien\"/></cellXfs></styleSheet>")))
                .isInstanceOf(NietStroombaar.class);
        assertThatThrownBy(() -> Celopmaak.lees(stroom(ns + "<cellXfs/><cellXfs/></styleSheet>"))).isInstanceOf(NietStroombaar.class);
        assertThatThrownBy(() -> Celopmaak.lees(stroom("<sst/>"))).isInstanceOf(NietStroombaar.class);
    }

    private static ByteArrayInputStream stroom(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
