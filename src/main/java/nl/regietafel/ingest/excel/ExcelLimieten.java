package nl.regietafel.ingest.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Limits for reading untrusted xlsx. POI's zip-bomb limits are JVM-wide statics: they are set
 * once, here, before the first file is opened (every reader calls {@link #stelIn()}).
 */
public final class ExcelLimieten {

    /** Largest xlsx file accepted, in bytes (compressed, as on disk). */
    public static final long MAX_BESTANDSGROOTTE = 20L * 1024 * 1024;
    /** A part that inflates to more than 1/MIN_INFLATE_RATIO times its compressed size is a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed size of one part (sheet XML, shared strings). */
    public static final long MAX_ONDERDEELGROOTTE = 30L * 1024 * 1024;
    /** Largest number of characters of text extracted from one file. */
    public static final long MAX_TEKSTGROOTTE = 10_000_000L;
    /** Largest number of parts (zip entries) in one package. */
    public static final long MAX_ONDERDELEN = 500;
    /** Largest single byte array POI may allocate. */
    public static final int MAX_BYTE_ARRAY = 30 * 1024 * 1024;
    /** Most rows (row elements, header included) in one sheet. */
    public static final int MAX_RIJEN_PER_BLAD = 10_000;
    /** Most cells in one sheet. */
    public static final int MAX_CELLEN_PER_BLAD = 250_000;
    /** Largest figure accepted in a count column; larger is taken as a typing error. */
    public static final long MAX_AANTAL = 100_000;

    private static volatile boolean ingesteld;

    private ExcelLimieten() {
    }

    /** Sets POI's JVM-wide limits; idempotent and cheap after the first call. */
    public static void stelIn() {
        if (ingesteld) return;
        synchronized (ExcelLimieten.class) {
            if (ingesteld) return;
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ONDERDEELGROOTTE);
            ZipSecureFile.setMaxTextSize(MAX_TEKSTGROOTTE);
            ZipSecureFile.setMaxFileCount(MAX_ONDERDELEN);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
            ingesteld = true;
        }
    }
}
