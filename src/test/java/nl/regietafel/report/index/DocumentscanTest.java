package nl.regietafel.report.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files the distribution list links to: those of the gemeente folders, without reading the rest of the package. */
class DocumentscanTest {

    @TempDir
    Path pakket;

    @Test
    void de_gemeentebestanden_zijn_die_van_de_hele_scan_in_de_gemeentemappen() throws Exception {
        for (String f : List.of("factsheets/GM0153-Enschede.pdf", "factsheets/GM0153-Enschede.xlsx", "factsheets/GM0141-Almelo.pdf",
                "uitvraag/GM0153-Enschede-2023-01.xlsx", "uitvraag/.verborgen", "uitvraag/GM0141-Almelo-2023-01.xlsx.tmp",
                "maandpakket.pdf", "procesplan/procesplan-tabellen.pdf", "factsheets/diep/GM0153-x.pdf")) {
            Path p = pakket.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        List<Path> alles = Documentscan.bestanden(pakket);

        List<Path> gemeente = Documentscan.gemeentebestanden(pakket);

        assertThat(gemeente).containsExactly(Path.of("factsheets", "GM0141-Almelo.pdf"), Path.of("factsheets", "GM0153-Enschede.pdf"),
                Path.of("factsheets", "GM0153-Enschede.xlsx"), Path.of("factsheets", "diep", "GM0153-x.pdf"),
                Path.of("uitvraag", "GM0153-Enschede-2023-01.xlsx"));
        for (String code : List.of("GM0153", "GM0141", "GM0164")) {
            assertThat(Documentscan.vanGemeente(gemeente, code)).isEqualTo(Documentscan.vanGemeente(alles, code));
        }
    }

    @Test
    void zonder_gemeentemappen_geen_bestanden() {
        assertThat(Documentscan.gemeentebestanden(pakket.resolve("bestaat-niet"))).isEmpty();
    }
}
