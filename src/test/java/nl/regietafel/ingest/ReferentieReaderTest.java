package nl.regietafel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;

class ReferentieReaderTest {

    static final Path DATA = TestData.DATA;
    static Gebiedsindeling indeling;
    static Populatieset cbs;

    @BeforeAll
    static void lees() {
        indeling = TestData.indeling();
        Leesresultaat<Populatieset> r = ReferentieReader.leesCbs2022(DATA.resolve(ReferentieReader.MINVWS_CSV), indeling);
        assertThat(r.meldingen()).isEmpty();
        cbs = r.waarde();
    }

    @Test
    void telt_alle_gebieden_van_nederland() {
        assertThat(indeling.gemeenten()).hasSize(342);
        assertThat(indeling.veiligheidsregios()).hasSize(25);
        assertThat(indeling.provincies()).hasSize(12);
        assertThat(indeling.gemeente("GM0164")).map(Gemeente::naam).contains("Hengelo");
    }

    @Test
    void elke_veiligheidsregio_ligt_in_precies_een_provincie() {
        for (Gebied vr : indeling.veiligheidsregios()) {
            Set<String> pv = new HashSet<>();
            for (Gemeente g : indeling.gemeenten(vr.code())) pv.add(g.provincieCode());
            assertThat(pv).as(vr.code()).hasSize(1);
            assertThat(indeling.ouder(vr.code()).map(Gebied::code)).contains(pv.iterator().next());
        }
        assertThat(indeling.ouder("GM0153").map(Gebied::code)).contains("VR05");
        assertThat(indeling.ouder("VR05").map(Gebied::code)).contains("PV23");
        assertThat(indeling.ouder("PV23").map(Gebied::code)).contains("NL");
    }

    @Test
    void twente_overijssel_en_nederland_hebben_de_inwoners_van_bijlage_3() {
        assertThat(indeling.gemeenten("VR05")).hasSize(14);
        assertThat(indeling.gemeenten("VR05").get(0).naam()).isEqualTo("Almelo");
        assertThat(cbs.inwoners("VR05")).isEqualTo(633_917);
        assertThat(cbs.inwoners("PV23")).isEqualTo(1_171_910);
        assertThat(cbs.inwoners("NL")).isEqualTo(17_590_672);
        assertThat(cbs.inwoners("GM0153")).isEqualTo(160_640);
        assertThat(cbs.peildatum()).hasToString("2022-01-01");
        assertThat(cbs.bron()).contains("minvws");
    }

    @Test
    void populatieset_telt_delen_op_en_laat_onvolledige_sommen_weg(@TempDir Path map) throws Exception {
        StringBuilder csv = new StringBuilder("# peildatum: 2022-01-01\n# bron: procesplan Bijlage 3\ngebied,naam,inwoners\n");
        for (Gemeente g : indeling.gemeenten("VR05")) csv.append(g.code()).append(',').append(g.naam()).append(',').append(cbs.inwoners(g.code())).append('\n');
        csv.append("VR04,IJsselland,537993\n");
        Path p = map.resolve("populatie-procesplan-bijlage-3.csv");
        Files.writeString(p, csv);

        Leesresultaat<Populatieset> r = ReferentieReader.leesPopulatieset(p, indeling);

        assertThat(r.meldingen()).isEmpty();
        Populatieset set = r.waarde();
        assertThat(set.naam()).isEqualTo("procesplan-bijlage-3");
        assertThat(set.inwoners("VR05")).isEqualTo(633_917);
        assertThat(set.inwoners("PV23")).isEqualTo(1_171_910);
        assertThat(set.bevat("NL")).isFalse();
        assertThat(set.bron()).isEqualTo("procesplan Bijlage 3");
    }

    @Test
    void populatieset_met_onbekend_gebied_wordt_afgewezen(@TempDir Path map) throws Exception {
        Path p = map.resolve("populatie-x.csv");
        Files.writeString(p, "# peildatum: 2022-01-01\ngebied,naam,inwoners\nGM9999,Nergenshuizen,5\nGM0153,Enschede,-3\n");

        Leesresultaat<Populatieset> r = ReferentieReader.leesPopulatieset(p, indeling);

        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.fouten()).extracting(Melding::omschrijving)
                .anySatisfy(t -> assertThat(t).contains("populatie-x.csv", "rij 3", "gebied", "GM9999"))
                .anySatisfy(t -> assertThat(t).contains("rij 4", "inwoners", "negatief"));
    }

    @Test
    void leest_een_hele_referentiemap(@TempDir Path map) throws Exception {
        Files.copy(DATA.resolve(ReferentieReader.GEMEENTEN_CSV), map.resolve(ReferentieReader.GEMEENTEN_CSV));
        Files.copy(DATA.resolve(ReferentieReader.MINVWS_CSV), map.resolve(ReferentieReader.MINVWS_CSV));

        Leesresultaat<ReferentieReader.Referentie> r = ReferentieReader.lees(map);

        assertThat(r.isAfgewezen()).isFalse();
        assertThat(r.waarde().populatieset("cbs-2022").inwoners("NL")).isEqualTo(17_590_672);
    }
}
