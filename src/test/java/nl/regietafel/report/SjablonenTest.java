package nl.regietafel.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SjablonenTest {

    /** Public: FreeMarker reads accessors of public classes only. */
    public record Gemeente(String naam, long opgave, BigDecimal fractie, LocalDate peildatum) {
    }

    @TempDir
    Path map;

    @Test
    void recordComponentsReadAsPropertiesAndFmtFormatsDutch() throws Exception {
        schrijf("t.ftlx", "<p>${g.naam}|${fmt.getal(g.opgave)}|${fmt.procent(g.fractie, 1)}|"
                + "${fmt.datum(g.peildatum)}|${g.opgave}|${1944.5}|${g.naam()}</p>");
        Sjablonen sjablonen = new Sjablonen(map, new Opmaak());

        String uit = sjablonen.render("t.ftlx", Map.of("g",
                new Gemeente("Hof van Twente", 1944, new BigDecimal("0.541"), LocalDate.of(2023, 4, 1))));

        assertThat(uit).isEqualTo("<p>Hof van Twente|1.944|54,1 %|1 april 2023|1944|1944,5|Hof van Twente</p>");
    }

    @Test
    void libraryCellsFormatWholeAndDecimalNumbersOfAnyJavaType() throws Exception {
        schrijf("cellen.ftlx", "<#import \"/lib/document.ftlx\" as doc><@doc.tabel koppen=[\"a\", \"b\", \"c\", \"d\"]>"
                + "<@doc.rij cellen=[d, i, b, h]/></@doc.tabel>");
        String uit = new Sjablonen(map, new Opmaak()).render("cellen.ftlx",
                Map.of("d", 1944.0, "i", 1944, "b", new BigDecimal("1944.46"), "h", -36L));
        assertThat(uit).contains("<td class=\"getal\">1.944</td><td class=\"getal\">1.944</td>"
                + "<td class=\"getal\">1.944,5</td><td class=\"getal\">\u221236</td>");
    }

    @Test
    void templatesAreCompiledOncePerRun() throws Exception {
        schrijf("t.ftlx", "versie 1");
        Sjablonen sjablonen = new Sjablonen(map, new Opmaak());
        assertThat(sjablonen.render("t.ftlx", Map.of())).isEqualTo("versie 1");
        schrijf("t.ftlx", "versie 2");
        assertThat(sjablonen.render("t.ftlx", Map.of())).isEqualTo("versie 1");
        assertThat(new Sjablonen(map, new Opmaak()).render("t.ftlx", Map.of())).isEqualTo("versie 2");
    }

    @Test
    void ftlxEscapesInputText() throws Exception {
        schrijf("t.ftlx", "<p title=\"${t}\">${t}</p>");
        String uit = new Sjablonen(map, new Opmaak()).render("t.ftlx", Map.of("t", "<b>\"A&B\"</b>"));
        assertThat(uit).isEqualTo("<p title=\"&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;\">&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</p>");
    }

    @Test
    void workingFolderWinsAndTheClasspathIsTheFallback() throws Exception {
        schrijf("demo/voorbeeld.ftlx", "eigen ${x}");
        Sjablonen sjablonen = new Sjablonen(map, new Opmaak());
        assertThat(sjablonen.render("demo/voorbeeld.ftlx", Map.of("x", "versie"))).isEqualTo("eigen versie");
        // lib/document.ftlx is not in the folder: it comes from the jar (classpath templates/)
        schrijf("gebruik.ftlx", "<#import \"/lib/document.ftlx\" as doc><@doc.vn n=3/>");
        assertThat(sjablonen.render("gebruik.ftlx", Map.of())).isEqualTo("<sup class=\"vn\">3</sup>");

        Sjablonen zonderMap = new Sjablonen(map.resolve("bestaat-niet"), new Opmaak());
        assertThat(zonderMap.werkmap()).isEmpty();
        assertThat(zonderMap.render("lib/document.ftlx", Map.of())).isNotNull();
    }

    @Test
    void dangerousBuiltinsAreOffAndErrorsRethrow() throws Exception {
        schrijf("new.ftlx", "<#assign e = \"freemarker.template.utility.Execute\"?new()>${e(\"id\")}");
        schrijf("api.ftlx", "${m?api.get(\"x\")}");
        schrijf("fout.ftlx", "${bestaatNiet}");
        Sjablonen sjablonen = new Sjablonen(map, new Opmaak());

        assertThatThrownBy(() -> sjablonen.render("new.ftlx", Map.of())).isInstanceOf(RenderFout.class)
                .hasMessageContaining("new.ftlx");
        assertThatThrownBy(() -> sjablonen.render("api.ftlx", Map.of("m", Map.of("x", 1))))
                .isInstanceOf(RenderFout.class);
        assertThatThrownBy(() -> sjablonen.render("fout.ftlx", Map.of())).isInstanceOf(RenderFout.class)
                .hasMessageContaining("bestaatNiet");
        assertThatThrownBy(() -> sjablonen.render("ontbreekt.ftlx", Map.of())).isInstanceOf(RenderFout.class)
                .hasMessageContaining("ontbreekt.ftlx");
    }

    @Test
    void oneConfigurationRendersInParallel() throws Exception {
        schrijf("t.ftlx", "<#list rijen as r>${r.naam}=${fmt.getal(r.opgave)};</#list>");
        Sjablonen sjablonen = new Sjablonen(map, new Opmaak());
        Map<Integer, String> uit = new ConcurrentHashMap<>();
        IntStream.range(0, 200).parallel().forEach(i -> uit.put(i, sjablonen.render("t.ftlx",
                Map.of("rijen", List.of(new Gemeente("G" + i, 1000L + i, BigDecimal.ONE, LocalDate.now()))))));
        assertThat(uit).hasSize(200);
        assertThat(uit.get(7)).isEqualTo("G7=1.007;");
        assertThat(uit.get(199)).isEqualTo("G199=1.199;");
    }

    @Test
    void documentLibraryFormatsCellsAndFooter() throws Exception {
        schrijf("doc.ftlx", """
                <#import "/lib/document.ftlx" as doc>
                <@doc.document titel="T" periode="december 2022" gegenereerd="28 november 2026 14:03" vingerafdruk="3f2a9c1b">
                <@doc.tabel koppen=["Gemeente", "Opgave"]><@doc.rij cellen=["=SUM(A1)", 1944]/>\
                <@doc.totaalrij cellen=["Totaal", {"tekst": "54,1 %", "vn": 1}]/></@doc.tabel>
                </@doc.document>""");
        String uit = new Sjablonen(map, new Opmaak()).render("doc.ftlx", Map.of());
        assertThat(uit).contains("<div class=\"voetregel\">Periode december 2022 · gegenereerd 28 november 2026 14:03 · vingerafdruk 3f2a9c1b</div>")
                .contains("<td>=SUM(A1)</td><td class=\"getal\">1.944</td>")
                // the footnote marker is kept with its (last) word, so it never stands alone on a line
                .contains("<tr class=\"totaal\"><td>Totaal</td><td class=\"getal\">54,1 <span class=\"mvn\">%<sup class=\"vn\">1</sup></span></td></tr>")
                .contains("<th class=\"getal\">Opgave</th>")
                .contains("size: A4 portrait");
    }

    private void schrijf(String naam, String inhoud) throws Exception {
        Path pad = map.resolve(naam);
        Files.createDirectories(pad.getParent());
        Files.writeString(pad, inhoud);
    }
}
