package nl.regietafel.report;

import com.lowagie.text.pdf.BaseFont;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the subsets hold, as read from their cmaps, and which text of a document and a chart is checked. */
class TekenbereikTest {

    static Tekenbereik bereik;
    static Grafieken grafieken;

    @BeforeAll
    static void eenmaal() throws Exception {
        Lettertypen.Snit regulier = Lettertypen.europees().regulier();
        bereik = Tekenbereik.van(BaseFont.createFont(regulier.bestand(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                BaseFont.NOT_CACHED, regulier.bytes(), null));
        grafieken = new Grafieken();
    }

    @Test
    void the_subsets_hold_the_european_scripts_and_the_templates_symbols() {
        assertThat("AZaz09 é ë ï ó â ú Ĳ ŉ ș ẞ ẽ α Ω – — … · × § ° ½ − ≠ ≤ ≥ → › € ✓ ﬁ \u00AD\u00A0\n\t")
                .matches(bereik::dekt);
        for (int c : new int[]{0x0416, 0x0531, 0x05D0, 0x10D0, 0x4E2D, 0x2603, 0x1F600}) {
            assertThat(bereik.dekt(Character.toString(c))).as("U+%04X", c).isFalse();
        }
        // 1.947 characters in the cmap (fonttools' count, the same in all four faces), less the 20 whose
        // upper- or lower-case form is not in it (such as ɐ: its capital Ɐ is not); DEL counts as a control
        assertThat(java.util.stream.IntStream.range(0x20, 0x10000).filter(c -> c != 0x7F).filter(bereik::bevat).count())
                .isEqualTo(1927);
    }

    @Test
    void upper_and_lower_case_count_as_text_transform_may_make_them() {
        assertThat(bereik.dekt("Straße ﬀ ǆ ΐ ΑΣ")).isTrue(); // SS, FF, Ǆ, Ϊ́, ας
        assertThat(bereik.dekt("ɐ")).isFalse(); // in the cmap (IPA), but not its capital Ɐ (Latin Extended-C)
        // whatever case Flying Saucer gives a covered text, it stays covered, in any neighbourhood
        for (int c = 0; c < 0x10000; c++) {
            if (bereik.bevat(c)) {
                String tekst = "A" + (char) c + " Σ" + (char) c + "a";
                assertThat(bereik.dekt(tekst.toUpperCase(java.util.Locale.ROOT)) && bereik.dekt(tekst.toLowerCase(java.util.Locale.ROOT)))
                        .as("U+%04X", c).isTrue();
            }
        }
    }

    @Test
    void every_text_node_attribute_and_escaped_character_of_a_style_sheet_is_checked() {
        assertThat(bereik.dekt(XhtmlLezer.lees("<html><body><p class=\"a\">Één – twee</p></body></html>"))).isTrue();
        assertThat(bereik.dekt(XhtmlLezer.lees("<html><body><p>Ա</p></body></html>"))).isFalse();
        assertThat(bereik.dekt(XhtmlLezer.lees("<html><body><img alt=\"中\" src=\"x\"/></body></html>"))).isFalse();
        assertThat(bereik.dekt(XhtmlLezer.lees("<html><body><p>&#x531;</p></body></html>"))).isFalse();
        assertThat(bereik.dekt(XhtmlLezer.lees(
                "<html><head><style>li:before { content: \"\\2192 \"; }</style></head><body/></html>"))).isTrue();
        assertThat(bereik.dekt(XhtmlLezer.lees(
                "<html><head><style>li:before { content: \"\\531\"; }</style></head><body/></html>"))).isFalse();
        assertThat(bereik.dekt(XhtmlLezer.lees("<html><body><!-- Ա --><p>x</p></body></html>"))).isTrue();
    }

    @Test
    void a_chart_is_covered_when_its_titles_axes_categories_series_and_labels_are() {
        assertThat(gedekt(grafieken.staaf("Opgave per gemeente", "plekken", List.of("Súdwest-Fryslân", "Enschede"),
                List.of(new Grafieken.Reeks("opgave", List.of(1, 2)), new Grafieken.Reeks("gerealiseerd", List.of(2, 1))))))
                .isTrue();
        assertThat(gedekt(grafieken.lijn(null, "plekken", List.of("jan", "feb"),
                List.of(new Grafieken.Reeks("gerealiseerd", List.of(1234567, 2)))))).isTrue();
        assertThat(gedekt(grafieken.staaf("Ա", "plekken", List.of("a"), List.of(new Grafieken.Reeks("r", List.of(1))))))
                .as("title").isFalse();
        assertThat(gedekt(grafieken.staaf(null, "Ա", List.of("a"), List.of(new Grafieken.Reeks("r", List.of(1))))))
                .as("value axis").isFalse();
        assertThat(gedekt(grafieken.staaf(null, "x", List.of("Ա"), List.of(new Grafieken.Reeks("r", List.of(1))))))
                .as("category").isFalse();
        assertThat(gedekt(grafieken.staaf(null, "x", List.of("a", "b"),
                List.of(new Grafieken.Reeks("r", List.of(1, 2)), new Grafieken.Reeks("Ա", List.of(1, 2))))))
                .as("series in the legend").isFalse();
    }

    @Test
    void a_chart_with_parts_whose_text_is_not_known_is_not_covered() {
        Grafieken.Grafiek g = grafieken.staaf(null, "x", List.of("a"), List.of(new Grafieken.Reeks("r", List.of(1))));
        g.chart().getCategoryPlot().addAnnotation(new CategoryTextAnnotation("tekst", "a", 1));
        assertThat(gedekt(g)).isFalse();
    }

    private static boolean gedekt(Grafieken.Grafiek g) {
        return Grafiekteksten.gedekt(g.chart(), bereik::dekt);
    }
}
