package nl.regietafel.report;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A piece of the run's rendering machinery, made ahead: the process that does the job can spend
 * its second core on it while the main thread starts Spring (launch.Opwarming). The first to
 * {@link #nemen take} it gets the one made ahead (waiting while it is being made, making it
 * itself when nobody has, or when making it failed: then it fails the same way); whoever asks
 * after that gets a new one, as before.
 */
public final class Vooraf<T> {

    /** Parsing the shipped fonts for the PDFs (the subsets; the full faces when a document needs them). */
    public static final Vooraf<PdfRenderer> PDF_RENDERER = new Vooraf<>(PdfRenderer::new);

    /** The same fonts as AWT fonts, for the charts. */
    public static final Vooraf<Grafieken> GRAFIEKEN = new Vooraf<>(() -> new Grafieken(Lettertypen.meegeleverd()));

    /** The template folder the run uses unless {@code regietafel.sjablonen} names another. */
    public static final Path SJABLOONMAP = Path.of("templates");

    /** Whether {@code map} is {@link #SJABLOONMAP}, however it is written: then {@link #SJABLONEN} serves it. */
    public static boolean standaardmap(Path map) {
        return map.toAbsolutePath().normalize().equals(SJABLOONMAP.toAbsolutePath().normalize());
    }

    /**
     * The FreeMarker configuration over {@link #SJABLOONMAP}. Its {@code fmt} is an
     * {@link Opmaak} of its own, which holds no state: the same figures as the bean's.
     */
    public static final Vooraf<Sjablonen> SJABLONEN = new Vooraf<>(() -> new Sjablonen(SJABLOONMAP, new Opmaak()));

    private final Supplier<T> maak;
    private T eerste;
    private boolean genomen;

    Vooraf(Supplier<T> maak) {
        this.maak = maak;
    }

    /** Makes the first one, unless it is made already, and returns it. */
    public synchronized T maken() {
        if (eerste == null) eerste = maak.get();
        return eerste;
    }

    /** For the run's bean: the one made ahead, or a new one. */
    public T nemen() {
        synchronized (this) {
            if (!genomen) {
                genomen = true;
                return maken();
            }
        }
        return maak.get();
    }
}
