package nl.regietafel.report.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.regietafel.domain.Gebied;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.store.ReferentieRepository;

import org.springframework.stereotype.Component;

/**
 * Which areas' packages a period folder holds, and its front page when it holds more than one:
 * {@code index.html} with a link to each package's own index. A package's root carries
 * {@link #MERK} with its area code ({@code VR05}, {@code PV23}, {@code NL}).
 */
@Component
public class Periodeindex {

    /** File in a package's root naming its area. */
    public static final String MERK = ".regio";

    /** One package in the period folder. */
    public record Pakket(String code, String naam, String map) {
    }

    private final ReferentieRepository referentie;
    private final Sjablonen sjablonen;

    public Periodeindex(ReferentieRepository referentie, Sjablonen sjablonen) {
        this.referentie = referentie;
        this.sjablonen = sjablonen;
    }

    /** The packages of other areas than {@code regio} in the published folder, by area code; empty when none or no folder. */
    public static Map<String, Path> anderePakketten(Path periode, String regio) throws IOException {
        Map<String, Path> uit = new TreeMap<>();
        if (!Files.isDirectory(periode)) return uit;
        if (Files.isRegularFile(periode.resolve(MERK))) {
            String code = Files.readString(periode.resolve(MERK), StandardCharsets.UTF_8).strip();
            if (!code.equals(regio)) uit.put(code, periode);
            return uit;
        }
        // No mark at the top: either packages side by side, or a package from before marks (replaced as before).
        try (Stream<Path> mappen = Files.list(periode)) {
            for (Path m : mappen.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(m.resolve(MERK))) continue;
                String code = Files.readString(m.resolve(MERK), StandardCharsets.UTF_8).strip();
                if (!code.equals(regio)) uit.put(code, m);
            }
        }
        return uit;
    }

    /** The folder that holds {@code regio}'s published package: the period folder, or its subfolder when areas stand side by side. */
    public static Path pakketVan(Path periode, String regio) {
        if (!Files.isDirectory(periode) || Files.isRegularFile(periode.resolve(MERK))) return periode;
        try (Stream<Path> mappen = Files.list(periode)) {
            for (Path m : mappen.filter(Files::isDirectory).sorted().toList()) {
                Path merk = m.resolve(MERK);
                if (Files.isRegularFile(merk) && Files.readString(merk, StandardCharsets.UTF_8).strip().equals(regio)) return m;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Map " + periode + " niet leesbaar: " + e.getMessage(), e);
        }
        return periode;
    }

    /** {@code VR05-twente}; the code alone for an unknown area. */
    public String mapnaam(String code) {
        return referentie.indeling().gebied(code).map(Uitvoermap::mapnaam).orElse(code);
    }

    /** Writes {@code index.html} into a folder of packages side by side. */
    public void schrijf(YearMonth periode, Path map) throws IOException {
        List<Pakket> pakketten = new ArrayList<>();
        try (Stream<Path> mappen = Files.list(map)) {
            for (Path m : mappen.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(m.resolve(MERK))) continue;
                String code = Files.readString(m.resolve(MERK), StandardCharsets.UTF_8).strip();
                String naam = referentie.indeling().gebied(code).map(Gebied::naam).orElse(code);
                pakketten.add(new Pakket(code, naam, m.getFileName().toString()));
            }
        }
        String html = sjablonen.render("index/perioden.ftlh", Map.of("periode", periode, "pakketten", pakketten));
        Files.writeString(map.resolve("index.html"), html, StandardCharsets.UTF_8);
    }
}
