package nl.regietafel.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The DejaVu Sans faces that ship inside the jar ({@code src/main/resources/fonts/}, with their
 * licence): PDFs and charts use only these, never a font of the machine, so a document looks the
 * same on Windows, macOS and Linux. The bytes are read from the classpath once per JVM.
 */
public record Lettertypen(Snit regulier, Snit vet, Snit schuin, Snit vetSchuin) {

    public static final String FAMILIE = "DejaVu Sans";
    static final String MAP = "/fonts/";

    /** A face: its file name in {@code fonts/} and its bytes. */
    public record Snit(String bestand, byte[] bytes) {
    }

    private static volatile Lettertypen meegeleverd;

    /** The shipped faces, read once. */
    public static Lettertypen meegeleverd() {
        Lettertypen l = meegeleverd;
        if (l == null) {
            synchronized (Lettertypen.class) {
                if (meegeleverd == null) {
                    meegeleverd = new Lettertypen(lees("DejaVuSans.ttf"), lees("DejaVuSans-Bold.ttf"),
                            lees("DejaVuSans-Oblique.ttf"), lees("DejaVuSans-BoldOblique.ttf"));
                }
                l = meegeleverd;
            }
        }
        return l;
    }

    /** Regular, bold, oblique, bold oblique: the order Flying Saucer's family and the charts use. */
    public List<Snit> alle() {
        return List.of(regulier, vet, schuin, vetSchuin);
    }

    private static Snit lees(String bestand) {
        try (InputStream in = Lettertypen.class.getResourceAsStream(MAP + bestand)) {
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
