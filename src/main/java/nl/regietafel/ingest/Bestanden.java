package nl.regietafel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of input files: the identity of a file in the audit trail and the fingerprint. */
public final class Bestanden {

    private Bestanden() {
    }

    public static String sha256(Path bestand) {
        try (InputStream in = Files.newInputStream(bestand)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + bestand + " niet lezen: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long grootte(Path bestand) {
        try {
            return Files.size(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path relative to the input folder with forward slashes, as shown to users and stored. */
    public static String relatief(Path input, Path bestand) {
        Path rel = input.toAbsolutePath().normalize().relativize(bestand.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }
}
