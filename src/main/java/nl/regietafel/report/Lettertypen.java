package nl.regietafel.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The DejaVu Sans faces that ship inside the jar ({@code src/main/resources/fonts/}, with their
 * licence): PDFs and charts use only these, never a font of the machine, so a document looks the
 * same on Windows, macOS and Linux. The bytes are read from the classpath once per JVM.
 *
 * <p>Two sets: {@link #meegeleverd()}, the full faces (6.253 glyphs in the regular one), and
 * {@link #europees()}, subsets of them with the Latin and Greek scripts and the usual symbols
 * (2.085 glyphs, outlines, hinting and widths unchanged; see {@code fonts/SOURCES.md}). A PDF embeds a
 * table entry for every glyph of its face, so the subsets make every PDF smaller.
 */
public record Lettertypen(Snit regulier, Snit vet, Snit schuin, Snit vetSchuin) {

    public static final String FAMILIE = "DejaVu Sans";
    static final String MAP = "/fonts/";
    static final String EUROPEES = MAP + "europees/";

    /** A face: its file name in {@code fonts/} and its bytes. */
    public record Snit(String bestand, byte[] bytes) {
    }

    // Holders: each set is read at its first use, once, so a run that needs only one reads only that one.
    private static final class Volledig {
        static final Lettertypen SNITTEN = lees(MAP);
    }

    private static final class Europees {
        static final Lettertypen SNITTEN = lees(EUROPEES);
    }

    /** The shipped faces, read once. */
    public static Lettertypen meegeleverd() {
        return Volledig.SNITTEN;
    }

    /** The subsets of the shipped faces for European text, read once. */
    public static Lettertypen europees() {
        return Europees.SNITTEN;
    }

    /** Regular, bold, oblique, bold oblique: the order Flying Saucer's family and the charts use. */
    public List<Snit> alle() {
        return List.of(regulier, vet, schuin, vetSchuin);
    }

    private static Lettertypen lees(String map) {
        return new Lettertypen(lees(map, "DejaVuSans.ttf"), lees(map, "DejaVuSans-Bold.ttf"),
                lees(map, "DejaVuSans-Oblique.ttf"), lees(map, "DejaVuSans-BoldOblique.ttf"));
    }

    private static Snit lees(String map, String naam) {
        // the path below the classpath root: also how Flying Saucer finds the face again (PdfRenderer)
        String bestand = map.substring(MAP.length()) + naam;
        try (InputStream in = Lettertypen.class.getResourceAsStream(map + naam)) {
            if (in == null) {
                throw new RenderFout("Lettertype " + bestand + " ontbreekt in de tool zelf (fonts/" + bestand
                        + "): bouw de jar opnieuw met mvn package.");
            }
            return new Snit(bestand, in.readAllBytes());
        } catch (IOException e) {
            throw new RenderFout("Lettertype " + bestand + " kon niet uit de tool worden gelezen: " + e.getMessage(), e);
        }
    }
}
