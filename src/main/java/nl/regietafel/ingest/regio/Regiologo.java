package nl.regietafel.ingest.regio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The logo a region's settings name ({@code logo: logo-twente.png}), read once per run and put
 * into documents as a {@code data:} URI: PDF and index.html then never open a file themselves.
 * Only a PNG or JPEG (checked by its first bytes, not its name) that really lies in the settings
 * folder, at most {@link #MAX_BYTES}; anything else leaves the documents without a logo.
 */
public final class Regiologo {

    static final int MAX_BYTES = 512 * 1024;

    /** The logo as a data URI, or why it is not used ({@code dataUri} null then). */
    public record Gelezen(String bestand, String dataUri, String reden) {
        public boolean bruikbaar() {
            return dataUri != null;
        }
    }

    private Regiologo() {
    }

    public static Gelezen lees(Path regioMap, String bestand) {
        if (!bestand.matches("[\\w .-]+\\.(png|jpg|jpeg)") || bestand.startsWith(".")) {
            return nietGebruikt(bestand, "geen bestandsnaam van een .png of .jpg in de map regio/");
        }
        try {
            Path map = regioMap.toRealPath();
            Path pad = regioMap.resolve(bestand);
            if (!Files.isRegularFile(pad)) return nietGebruikt(bestand, "het bestand ontbreekt in de map regio/");
            // a link may point anywhere: only a file that really lies in the folder
            if (!pad.toRealPath().getParent().equals(map)) return nietGebruikt(bestand, "het bestand ligt niet in de map regio/");
            if (Files.size(pad) > MAX_BYTES) {
                return nietGebruikt(bestand, "groter dan " + MAX_BYTES / 1024 + " kB; maak het kleiner (een logo van 600 × 200 pixels volstaat)");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(pad)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            String mime = soort(bytes);
            if (mime == null) return nietGebruikt(bestand, "geen PNG- of JPEG-afbeelding");
            return new Gelezen(bestand, "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes), null);
        } catch (IOException e) {
            return nietGebruikt(bestand, "onleesbaar (" + e.getMessage() + ")");
        }
    }

    /** By the file's signature: PNG {@code 89 50 4E 47 0D 0A 1A 0A}, JPEG {@code FF D8 FF}. */
    static String soort(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "image/jpeg";
        return null;
    }

    private static Gelezen nietGebruikt(String bestand, String reden) {
        return new Gelezen(bestand, null, reden);
    }
}
