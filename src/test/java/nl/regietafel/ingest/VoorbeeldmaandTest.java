package nl.regietafel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.ingest.landelijk.BronprofielLader;
import nl.regietafel.ingest.landelijk.LandelijkDocumentReader;
import nl.regietafel.ingest.landelijk.Manifest;
import nl.regietafel.ingest.landelijk.ManifestLader;

/**
 * Reads the shipped sample month under {@code input/} when it is present (it is generated on
 * another branch): every file must be accepted without a FOUT. Skipped when {@code input/} is absent.
 */
class VoorbeeldmaandTest {

    static final Path INPUT = Path.of("input");

    @Test
    void de_voorbeeldmaand_wordt_helemaal_geaccepteerd() throws Exception {
        assumeTrue(Files.isDirectory(INPUT.resolve("retouren/2022-12")), "geen input/ in deze werkmap");
        Leesresultaat<ReferentieReader.Referentie> ref = ReferentieReader.lees(INPUT.resolve("referentie"));
        assertThat(ref.fouten()).isEmpty();
        Gebiedsindeling indeling = ref.waarde().indeling();

        try (Stream<Path> s = Files.list(INPUT.resolve("retouren/2022-12"))) {
            List<Path> retouren = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
            assertThat(retouren).hasSize(14);
            for (Path p : retouren) {
                assertThat(MaandretourReader.lees(p, indeling, YearMonth.of(2022, 12)).fouten()).as(p.toString()).isEmpty();
            }
        }
        Leesresultaat<Manifest> manifest = ManifestLader.lees(INPUT.resolve("landelijk/documenten.yaml"), INPUT.resolve("profielen"));
        assertThat(manifest.fouten()).isEmpty();
        for (Manifest.Document d : manifest.waarde().documenten()) {
            var profiel = BronprofielLader.lees(d.profielPad());
            assertThat(profiel.fouten()).as(d.profiel()).isEmpty();
            var cijfers = LandelijkDocumentReader.lees(d.pad(), profiel.waarde(), indeling);
            assertThat(cijfers.fouten()).as(d.bestand()).isEmpty();
            assertThat(cijfers.waarde()).as(d.bestand()).isNotEmpty();
        }
    }
}
