package nl.regietafel.ingest.regio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import nl.regietafel.domain.verloop.Toezichtschaal;
import nl.regietafel.ingest.Leesresultaat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToezichtladerTest {

    @TempDir
    Path map;

    @Test
    void deMeegeleverdeSchaalVanOverijssel() {
        Leesresultaat<Map<String, Toezichtschaal>> r = Toezichtlader.leesMap(Path.of("input/toezicht"));

        assertThat(r.isAfgewezen()).isFalse();
        Toezichtschaal s = r.waarde().get("PV23");
        // three steps, highest first; the thresholds are an assumption and say so
        assertThat(s.categorieen()).extracting(Toezichtschaal.Categorie::naam)
                .containsExactly("adequaat", "redelijk adequaat", "niet adequaat");
        assertThat(s.categorieen()).extracting(Toezichtschaal.Categorie::minimumProcent)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(100), BigDecimal.valueOf(75), BigDecimal.ZERO);
        assertThat(s.aanname()).isTrue();
        // 58 of 60 housed (96,7 %): redelijk adequaat
        assertThat(s.categorie(58, 60).naam()).isEqualTo("redelijk adequaat");
    }

    @Test
    void eenAndereProvincieMetEenEigenSchaalGeeftEenAnderOordeel() throws Exception {
        Files.writeString(map.resolve("PV25-gelderland.yaml"), """
                provincie: PV25
                naam: "Toezicht Gelderland (test)"
                bron: "test"
                categorieen:
                  - naam: "op orde"
                    vanaf-procent: 95
                  - naam: "niet op orde"
                    vanaf-procent: 0
                """);

        Toezichtschaal s = Toezichtlader.leesMap(map).waarde().get("PV25");

        // the same 58 of 60 (96,7 %) is "op orde" on this scale
        assertThat(s.categorie(58, 60).naam()).isEqualTo("op orde");
        assertThat(s.aanname()).isFalse();
    }

    @Test
    void eenFoutInHetBestandGeeftEenRegelMetBestandEnSleutel() throws Exception {
        overijssel("""
                  - naam: "adequaat"
                    vanaf-procent: honderd
                """);

        Leesresultaat<Map<String, Toezichtschaal>> r = Toezichtlader.leesMap(map);

        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.fouten()).extracting(f -> f.omschrijving()).containsExactly(
                "PV23-overijssel.yaml, kolom categorieen[1].vanaf-procent: fout: ongeldig percentage 'honderd'; verwacht een getal van 0 tot en met 1000");
    }

    @Test
    void zonderOndersteTreeKrijgtNietElkeGemeenteEenOordeel() throws Exception {
        overijssel("""
                  - naam: "adequaat"
                    vanaf-procent: 100
                """);

        assertThat(Toezichtlader.leesMap(map).fouten()).extracting(f -> f.tekst()).containsExactly(
                "de laagste categorie moet 'vanaf-procent: 0' hebben, zodat elke gemeente een oordeel krijgt");
    }

    private void overijssel(String categorieen) throws Exception {
        Files.writeString(map.resolve("PV23-overijssel.yaml"), """
                provincie: PV23
                naam: "Toezicht"
                bron: "test"
                categorieen:
                """ + categorieen);
    }
}
