package nl.regietafel.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary file beside it and an atomic move, so readers see the old
 * file or the whole new one, never half of it. The temporary file is created with the process's
 * umask (unlike {@code Files.createTempFile}, whose 0600 would carry over to the document).
 */
public final class AtomischBestand {

    @FunctionalInterface
    public interface Schrijver {
        void schrijf(OutputStream uit) throws IOException;
    }

    private AtomischBestand() {
    }

    public static void schrijf(Path bestand, Schrijver schrijver) throws IOException {
        Path doel = bestand.toAbsolutePath();
        if (!Files.isDirectory(doel.getParent())) { // createDirectories throws and catches an exception for a folder that exists
            Files.createDirectories(doel.getParent());
        }
        Path tijdelijk = null;
        OutputStream uit = null;
        for (int poging = 0; uit == null; poging++) {
            tijdelijk = doel.resolveSibling("." + doel.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                uit = Files.newOutputStream(tijdelijk, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (poging > 5) {
                    throw e;
                }
            }
        }
        boolean klaar = false;
        try {
            try (OutputStream stroom = uit) {
                schrijver.schrijf(stroom);
            }
            Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            klaar = true;
        } finally {
            if (!klaar) {
                Files.deleteIfExists(tijdelijk);
            }
        }
    }
}
