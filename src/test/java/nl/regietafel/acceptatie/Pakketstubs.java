package nl.regietafel.acceptatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import nl.regietafel.domain.Gemeente;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.run.Run;

/**
 * Stand-ins for the per-gemeente files (factsheet PDF and XLSX, next month's uitvraag) in a
 * run's staging folder, written before the rapportage job so that the distributielijst, the
 * index and the verzend step have files to list and attach. A file that a real step makes
 * replaces its stand-in; one that already exists is left alone.
 */
final class Pakketstubs {

    private Pakketstubs() {
    }

    static void maak(Run run, List<Gemeentebeeld> gemeenten) {
        Path werk = Uitvoermap.werkmap(run);
        String volgende = run.periode().plusMonths(1).toString();
        for (Gemeentebeeld g : gemeenten) {
            String naam = g.code() + "-" + new Gemeente(g.code(), g.naam(), null, null).bestandsnaam();
            stub(werk.resolve("factsheets").resolve(naam + ".pdf"), "%PDF-1.4\n% factsheet " + g.naam() + "\n%%EOF\n");
            stub(werk.resolve("factsheets").resolve(naam + ".xlsx"), "factsheet " + g.naam());
            stub(werk.resolve("uitvraag").resolve(naam + "-" + volgende + ".xlsx"), "uitvraag " + g.naam());
        }
    }

    /** A copy of the shipped input folder, to add bad files to. */
    static Path kopieVanInput(String naam) throws IOException {
        Path doel = Tijdelijk.map("regietafel-input-" + naam);
        Path bron = Maandrun.INPUT.toAbsolutePath();
        try (Stream<Path> alles = Files.walk(bron)) {
            for (Path p : alles.toList()) {
                Path d = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return doel;
    }

    private static void stub(Path bestand, String inhoud) {
        try {
            if (Files.exists(bestand)) return;
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
