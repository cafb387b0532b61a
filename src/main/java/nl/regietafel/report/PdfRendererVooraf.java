package nl.regietafel.report;

import java.util.function.Supplier;

/**
 * The run's {@link PdfRenderer}, made ahead: parsing the shipped fonts takes ~90 ms, which the
 * process that does the job can spend on its second core while the main thread starts Spring.
 * The first to {@link #nemen take} gets that renderer (waiting while it is being made, making it
 * itself when nobody has, or when making it failed: then it fails the same way); whoever asks
 * after that gets a new one, as before.
 */
public final class PdfRendererVooraf {

    private static final PdfRendererVooraf DEZE_JVM = new PdfRendererVooraf(() -> new PdfRenderer(Lettertypen.meegeleverd()));

    private final Supplier<PdfRenderer> maak;
    private PdfRenderer eerste;
    private boolean genomen;

    PdfRendererVooraf(Supplier<PdfRenderer> maak) {
        this.maak = maak;
    }

    /** Makes this JVM's first renderer, unless it is made already, and returns it. */
    public static PdfRenderer maken() {
        return DEZE_JVM.maak();
    }

    /** For the run's bean: the renderer made ahead, or a new one. */
    public static PdfRenderer nemen() {
        return DEZE_JVM.neem();
    }

    synchronized PdfRenderer maak() {
        if (eerste == null) eerste = maak.get();
        return eerste;
    }

    PdfRenderer neem() {
        synchronized (this) {
            if (!genomen) {
                genomen = true;
                return maak();
            }
        }
        return maak.get();
    }
}
