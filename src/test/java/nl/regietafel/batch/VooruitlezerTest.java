package nl.regietafel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import nl.regietafel.ingest.RetourImport.GelezenRetour;
import nl.regietafel.report.Werkverdeling;

import org.junit.jupiter.api.Test;

/** Reading ahead gives each file the read it would have had, in the step's order, on both cores. */
class VooruitlezerTest {

    static final List<Path> BESTANDEN = List.of(Path.of("GM0141.xlsx"), Path.of("GM0147.xlsx"), Path.of("GM0153.xlsx"),
            Path.of("GM0158.xlsx"), Path.of("GM0163.xlsx"), Path.of("GM0164.xlsx"), Path.of("GM0168.xlsx"),
            Path.of("GM0173.xlsx"), Path.of("GM0183.xlsx"));

    static GelezenRetour gelezen(Path bestand) {
        return new GelezenRetour(null, bestand, bestand.toString(), "sha-" + bestand, null);
    }

    @Test
    void elk_bestand_krijgt_zijn_eigen_lezing_en_de_herbevestiging() {
        Set<String> draden = ConcurrentHashMap.newKeySet();
        Function<Path, GelezenRetour> lees = b -> {
            draden.add(Thread.currentThread().getName());
            return gelezen(b);
        };
        try (Werkverdeling werk = new Werkverdeling(2)) {
            Vooruitlezer v = new Vooruitlezer(BESTANDEN, lees, g -> new GelezenRetour(null, g.bestand(), g.pad() + " (nu)", g.sha256(), null),
                    werk);
            for (Path b : BESTANDEN) {
                GelezenRetour g = v.lees(b);
                assertThat(g.bestand()).isEqualTo(b);
                assertThat(g.pad()).isEqualTo(b + " (nu)"); // checked again at the moment of storing
            }
            assertThat(draden).allMatch(n -> n.startsWith("rapportage-"));
        }
    }

    @Test
    void een_bestand_buiten_de_beurt_wordt_op_de_eigen_draad_gelezen() {
        try (Werkverdeling werk = new Werkverdeling(2)) {
            Vooruitlezer v = new Vooruitlezer(BESTANDEN, VooruitlezerTest::gelezen, g -> g, werk);
            String hier = Thread.currentThread().getName();
            Vooruitlezer eigen = new Vooruitlezer(BESTANDEN, b -> {
                assertThat(Thread.currentThread().getName()).isEqualTo(hier);
                return gelezen(b);
            }, g -> g, werk);
            assertThat(eigen.lees(Path.of("GM9999.xlsx")).pad()).isEqualTo("GM9999.xlsx");
            assertThat(v.lees(BESTANDEN.get(0)).pad()).isEqualTo("GM0141.xlsx");
        }
    }

    @Test
    void een_leesfout_komt_bij_zijn_eigen_bestand_terug_zoals_ze_werd_gegooid() {
        IllegalStateException fout = new IllegalStateException("GM0153.xlsx: onleesbaar");
        try (Werkverdeling werk = new Werkverdeling(2)) {
            Vooruitlezer v = new Vooruitlezer(BESTANDEN, b -> {
                if (b.toString().equals("GM0153.xlsx")) throw fout;
                return gelezen(b);
            }, g -> g, werk);
            assertThat(v.lees(BESTANDEN.get(0)).pad()).isEqualTo("GM0141.xlsx");
            assertThat(v.lees(BESTANDEN.get(1)).pad()).isEqualTo("GM0147.xlsx");
            assertThatThrownBy(() -> v.lees(BESTANDEN.get(2))).isSameAs(fout);
        }
    }
}
