package nl.regietafel.ingest.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.junit.jupiter.api.Test;

/** The shared strings read with StAX are the strings POI's own table gives, item by item. */
class GedeeldeTekstenTest {

    private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\" uniqueCount=\"9\">"
            + "<si><t>Enschede</t></si>"
            + "<si><t xml:space=\"preserve\">  COA &amp; gemeente &lt;3  </t></si>"
            + "<si><r><t>Hen</t></r><r><rPr><b/></rPr><t>gelo</t></r><rPh sb=\"0\" eb=\"1\"><t>h</t></rPh><phoneticPr fontId=\"1\"/></si>"
            + "<si><t>regel_x000D_twee</t></si>"
            + "<si><t><![CDATA[a<b]]></t></si>"
            + "<si><t/></si>"
            + "<si/>"
            + "<si><r><rPr/></r><r><t>x</t></r></si>"
            + "<si><t>eerste\nregel</t></si>"
            + "</sst>";

    private static List<String> viaPoi(String xml) throws Exception {
        SharedStringsTable t = new SharedStringsTable();
        t.readFrom(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < t.getCount() && i < t.getUniqueCount(); i++) uit.add(t.getItemAt(i).getString());
        return uit;
    }

    private static List<String> gestroomd(String xml) throws Exception {
        return GedeeldeTeksten.lees(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void elk_item_zoals_poi_het_leest() throws Exception {
        List<String> teksten = gestroomd(SST);
        assertThat(teksten).hasSize(9);
        assertThat(teksten.get(0)).isEqualTo("Enschede");
        assertThat(teksten.get(1)).isEqualTo("  COA & gemeente <3  ");
        assertThat(teksten.get(2)).isEqualTo("Hengelo");
        assertThat(teksten.get(3)).isEqualTo("regel\rtwee");
        assertThat(teksten.get(4)).isEqualTo("a<b");
        assertThat(teksten.get(5)).isEmpty();
        assertThat(teksten.get(6)).isNull();
        assertThat(teksten.get(7)).isEqualTo("nullx");
        assertThat(teksten).isEqualTo(viaPoi(SST));
    }

    @Test
    void wat_hij_niet_zo_leest_laat_hij_aan_poi() {
        assertThatThrownBy(() -> gestroomd("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"veel\"/>"))
                .isInstanceOf(NietStroombaar.class);
        assertThatThrownBy(() -> gestroomd("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a<b/></t></si></sst>"))
                .isInstanceOf(NietStroombaar.class);
        assertThatThrownBy(() -> gestroomd("<andere/>")).isInstanceOf(NietStroombaar.class);
    }
}
