package nl.regietafel.berekening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a run's inputs: SHA-256 over the sorted content hashes of every accepted
 * file. The same inputs give the same fingerprint, so a printed page can be traced to its data.
 */
public final class Vingerafdruk {

    private Vingerafdruk() {
    }

    public static String van(List<String> hashes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            hashes.stream().sorted().forEach(h -> md.update((h + "\n").getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
