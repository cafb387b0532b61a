package nl.regietafel.domain.statushouders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Art. 29 Huisvestingswet 2014 on the circulaire of the first half of 2023: the 14 Twente figures
 * of Bijlage A (procesplan Bijlage 3) and the printed national total 21.200, over the 342
 * gemeenten of the shipped CBS set (1 January 2022, sum 17.590.672).
 */
class Artikel29Test {

    /** Bijlage 3 of the procesplan, "Gemeentelijke taakstellingen Huisvesting statushouders, 1e helft 2023". */
    static final Map<String, Long> TWENTE_2023_1 = new LinkedHashMap<>();

    static {
        TWENTE_2023_1.put("GM0141", 88L);  // Almelo
        TWENTE_2023_1.put("GM0147", 29L);  // Borne
        TWENTE_2023_1.put("GM1774", 32L);  // Dinkelland
        TWENTE_2023_1.put("GM0153", 193L); // Enschede
        TWENTE_2023_1.put("GM0158", 30L);  // Haaksbergen
        TWENTE_2023_1.put("GM0163", 43L);  // Hellendoorn
        TWENTE_2023_1.put("GM0164", 98L);  // Hengelo
        TWENTE_2023_1.put("GM1735", 42L);  // Hof van Twente
        TWENTE_2023_1.put("GM0168", 28L);  // Losser
        TWENTE_2023_1.put("GM0173", 38L);  // Oldenzaal
        TWENTE_2023_1.put("GM1742", 46L);  // Rijssen-Holten
        TWENTE_2023_1.put("GM0183", 26L);  // Tubbergen
        TWENTE_2023_1.put("GM1700", 41L);  // Twenterand
        TWENTE_2023_1.put("GM0189", 30L);  // Wierden
    }

    @Test
    void landelijkGetal21039ReproduceertTwenteEnHetTotaal21200() throws IOException {
        // given the 342 gemeenten of the CBS set the repo ships
        Map<String, Long> inwoners = cbs2022();
        assertThat(inwoners).hasSize(342);
        // when
        Artikel29.Toets t = Artikel29.toets(inwoners, TWENTE_2023_1, 21_200L);
        // then vg = 21.039 is the only national number that gives all 14 figures and the total:
        // e.g. Enschede ceil(21.039 × 160.640 / 17.590.672) = ceil(192,13) = 193; vg 21.038 sums to 21.198, 21.040 to 21.202
        assertThat(t.inwonersNederland()).isEqualTo(17_590_672L);
        assertThat(t.vgVan()).isEqualTo(21_039L);
        assertThat(t.vgTot()).isEqualTo(21_039L);
        assertThat(t.landelijkeSom()).isEqualTo(21_200L);
        assertThat(t.afwijkend()).isEmpty();
        assertThat(t.volledigVerklaard()).isTrue();
        assertThat(t.gemeenten()).extracting(Artikel29.Gemeente::berekend)
                .containsExactly(88L, 29L, 32L, 193L, 30L, 43L, 98L, 42L, 28L, 38L, 46L, 26L, 41L, 30L);
    }

    @Test
    void zonderTotaalIsHetEenBereik() throws IOException {
        // given only the 14 Twente figures: Enschede alone allows vg 21.025 … 21.134 (192 < vg × 160.640 / iN ≤ 193)
        Artikel29.Toets t = Artikel29.toets(cbs2022(), TWENTE_2023_1, null);
        // then the range that reproduces all 14 is 21.025 … 21.046 (hand-computed from the 14 intervals)
        assertThat(t.vgVan()).isEqualTo(21_025L);
        assertThat(t.vgTot()).isEqualTo(21_046L);
        assertThat(t.afwijkend()).isEmpty();
    }

    @Test
    void eenCijferDatDeRegelNietVolgtWordtGenoemd() throws IOException {
        // given Enschede printed as 194 instead of 193
        Map<String, Long> fout = new LinkedHashMap<>(TWENTE_2023_1);
        fout.put("GM0153", 194L);
        // when
        Artikel29.Toets t = Artikel29.toets(cbs2022(), fout, 21_200L);
        // then the total still fixes vg = 21.039, and Enschede is the one that does not follow
        assertThat(t.vg()).isEqualTo(21_039L);
        assertThat(t.afwijkend()).containsExactly(new Artikel29.Gemeente("GM0153", 194L, 193L));
    }

    @Test
    void eenRegionalePrognoseVolgtDezelfdeRegel() throws IOException {
        // given Kennispunt Twente's prognosis midden for the 2nd half of 2023: 786 for the region
        Map<String, Long> cbs = cbs2022();
        List<Long> twente = TWENTE_2023_1.keySet().stream().map(cbs::get).toList();
        // when
        long vg = Artikel29.vgVoorRegio(786, twente, 17_590_672L);
        // then vg = 21.591 is the smallest national number whose rule gives Twente 786 (21.590 gives 785);
        // Enschede ceil(21.591 × 160.640 / 17.590.672) = ceil(197,17) = 198, Almelo ceil(89,79) = 90
        assertThat(vg).isEqualTo(21_591L);
        assertThat(twente.stream().mapToLong(iG -> Artikel29.taakstelling(vg, iG, 17_590_672L)).sum()).isEqualTo(786L);
        assertThat(Artikel29.taakstelling(vg, 160_640, 17_590_672L)).isEqualTo(198L);
        assertThat(Artikel29.taakstelling(vg, 73_155, 17_590_672L)).isEqualTo(90L);
    }

    @Test
    void naarBovenAfgerond() {
        // 21.039 × 73.155 / 17.590.672 = 87,50 -> 88 (Almelo); exactly integral stays
        assertThat(Artikel29.taakstelling(21_039, 73_155, 17_590_672)).isEqualTo(88L);
        assertThat(Artikel29.taakstelling(100, 50, 100)).isEqualTo(50L);
    }

    /** gemcode → population_count of the shipped CBS set (1 January 2022, see input/referentie/SOURCES.md). */
    static Map<String, Long> cbs2022() throws IOException {
        List<String> regels = Files.readAllLines(Path.of("input/referentie/minvws_gm_vr_population_count.csv"));
        Map<String, Long> uit = new LinkedHashMap<>();
        for (String r : regels.subList(1, regels.size())) {
            String[] v = r.split(",");
            uit.put(v[0], Long.parseLong(v[v.length - 1].trim()));
        }
        return uit;
    }
}
