package nl.regietafel.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a copy of every rejected file beside its report. The original in the input folder is
 * never moved, changed or deleted (issue 3).
 */
@Component
public class Quarantaine {

    private final Path map;

    public Quarantaine(@Value("${regietafel.data-map:data}") Path dataMap) {
        this.map = dataMap.resolve("quarantaine");
    }

    /** Copies the file and returns where the copy is, relative to the working folder. */
    public String bewaar(String periode, Path bestand, String sha256) {
        try {
            Path doel = map.resolve(periode == null ? "algemeen" : periode)
                    .resolve(sha256.substring(0, 12) + "-" + bestand.getFileName());
            Files.createDirectories(doel.getParent());
            Files.copy(bestand, doel, StandardCopyOption.REPLACE_EXISTING);
            return doel.toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UncheckedIOException("Kan afgewezen bestand niet in quarantaine bewaren: " + e.getMessage(), e);
        }
    }
}
