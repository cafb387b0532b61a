package nl.regietafel.domain.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.verdeling.Eenheid;
import nl.regietafel.domain.verdeling.Methode;
import nl.regietafel.domain.verdeling.Verdeler;
import nl.regietafel.domain.verdeling.Verdeling;
import org.junit.jupiter.api.Test;

/** The known slips of the procesplan (SPEC §5.6) are found and reported. */
class ControlesProcesplanTest {

    private static final List<Eenheid> OVERIJSSEL = List.of(new Eenheid("IJsselland", 537993), new Eenheid("Twente", 633917));

    private static final List<Eenheid> TWENTE = List.of(
            new Eenheid("Almelo", 73155), new Eenheid("Borne", 24007), new Eenheid("Dinkelland", 26594),
            new Eenheid("Enschede", 160640), new Eenheid("Haaksbergen", 24268), new Eenheid("Hellendoorn", 35940),
            new Eenheid("Hengelo", 81476), new Eenheid("Hof van Twente", 35056), new Eenheid("Losser", 23084),
            new Eenheid("Oldenzaal", 31741), new Eenheid("Rijssen-Holten", 38231), new Eenheid("Tubbergen", 21364),
            new Eenheid("Twenterand", 33718), new Eenheid("Wierden", 24643));

    @Test
    void tabel21TeltNietOpEnGrootsteOverschotGeeftIJsselland1649() {
        // given Tabel 2.1, column 1-4-'23
        Map<String, Long> tabel = new LinkedHashMap<>();
        tabel.put("IJsselland", 1650L);
        tabel.put("Twente", 1944L);
        // when
        Controle som = Controles.optelling("T2.1-2023-04-01", "Tabel 2.1: veiligheidsregio's tellen op tot Overijssel", tabel, 3593);
        Controle verdeling = Controles.vastgesteldTegenBerekend("T2.1-LR", "Tabel 2.1 tegen verdeling naar inwonertal", tabel,
                Verdeler.verdeel(3593, OVERIJSSEL, Methode.GROOTSTE_OVERSCHOT));
        // then
        assertThat(som.uitkomst()).isEqualTo(Uitkomst.AFWIJKING);
        assertThat(som.invoer()).isEqualTo("IJsselland 1.650 + Twente 1.944");
        assertThat(som.verwacht()).isEqualTo("som van de delen 3.594");
        assertThat(som.gevonden()).isEqualTo("vermeld totaal 3.593 (verschil -1)");
        // IJsselland's 1.650 is its exact share rounded up, where the largest remainders give 1.649: rounding, not material
        assertThat(verdeling.uitkomst()).isEqualTo(Uitkomst.AFRONDING);
        assertThat(verdeling.verwacht()).isEqualTo("berekend: IJsselland 1.649, Twente 1.944");
        // 3.593 × 537.993 / 1.171.910 = 1.649,45
        assertThat(verdeling.gevonden()).isEqualTo("1 verschil door afronding: IJsselland exact 1.649,45, vastgesteld afgerond tot 1.650, berekend 1.649");
    }

    @Test
    void tabel21KolomJanuari2024KloptWel() {
        Map<String, Long> tabel = new LinkedHashMap<>();
        tabel.put("IJsselland", 1837L);
        tabel.put("Twente", 2164L);

        assertThat(Controles.optelling("T2.1-2024-01-01", "Tabel 2.1", tabel, 4001).uitkomst()).isEqualTo(Uitkomst.IN_ORDE);
        assertThat(Controles.vastgesteldTegenBerekend("T2.1-LR", "Tabel 2.1", tabel,
                Verdeler.verdeel(4001, OVERIJSSEL, Methode.GROOTSTE_OVERSCHOT)).uitkomst()).isEqualTo(Uitkomst.IN_ORDE);
    }

    @Test
    void voetnoot54ProcentIsAfgerond() {
        // when footnote 3's "54%" is checked against Bijlage 3's inwoners
        Controle c = Controles.aandeel("VN3", "Voetnoot 3: aandeel Twente in Overijssel", 633917, 1171910, new BigDecimal("54"));
        // then
        assertThat(c.uitkomst()).isEqualTo(Uitkomst.AFRONDING);
        assertThat(c.invoer()).isEqualTo("633.917 / 1.171.910");
        assertThat(c.verwacht()).isEqualTo("54,09 %");
        assertThat(c.gevonden()).isEqualTo("vermeld 54 %; 54,09 % afgerond tot 54 %");
    }

    @Test
    void aandeelDatOokAfgerondNietKlopt() {
        Controle c = Controles.aandeel("X", "Aandeel", 633917, 1171910, new BigDecimal("55"));

        assertThat(c.uitkomst()).isEqualTo(Uitkomst.AFWIJKING);
        assertThat(c.gevonden()).isEqualTo("vermeld 55 %; berekend is 54,09 %, ook afgerond niet gelijk");
    }

    @Test
    void bijlage3StatushoudersWijktOpTweePlaatsenAfVanGrootsteOverschot() {
        // given the circulaire's taakstelling 1e helft 2023 (Bijlage 3) and the computed distribution of 764
        Map<String, Long> circulaire = kolom(88, 29, 32, 193, 30, 43, 98, 42, 28, 38, 46, 26, 41, 30);
        Verdeling berekend = Verdeler.verdeel(764, TWENTE, Methode.GROOTSTE_OVERSCHOT);
        // when
        List<Verschil> verschillen = Controles.verschillen(circulaire, berekend);
        Controle c = Controles.vastgesteldTegenBerekend("B3-SH", "Bijlage 3: taakstelling statushouders", circulaire, berekend);
        // then
        assertThat(verschillen).containsExactly(new Verschil("Enschede", 193L, 194L), new Verschil("Haaksbergen", 30L, 29L));
        assertThat(verschillen).extracting(Verschil::verschil).containsExactly(-1L, 1L);
        // both are their exact regional share rounded the other way; art. 29 (Artikel29Test) reproduces them exactly
        assertThat(c.uitkomst()).isEqualTo(Uitkomst.AFRONDING);
        // 764 × 160.640 / 633.917 = 193,60; 764 × 24.268 / 633.917 = 29,25
        assertThat(c.gevonden()).isEqualTo("2 verschillen door afronding: Enschede exact 193,60, vastgesteld afgerond tot 193, berekend 194; "
                + "Haaksbergen exact 29,25, vastgesteld afgerond tot 30, berekend 29");
    }

    @Test
    void bijlage3KolomEenAprilIsInOrde() {
        Map<String, Long> coa = kolom(224, 74, 82, 493, 74, 110, 250, 107, 71, 97, 117, 66, 103, 76);

        Controle c = Controles.vastgesteldTegenBerekend("B3-0401", "Bijlage 3: 01-04-23", coa,
                Verdeler.verdeel(1944, TWENTE, Methode.GROOTSTE_OVERSCHOT));

        assertThat(c.uitkomst()).isEqualTo(Uitkomst.IN_ORDE);
    }

    @Test
    void bijlage3KolomEenJanuariTeltOpTot1753NietTot1754() {
        // given COA's column 01-01-23 with its printed total 1.754
        Map<String, Long> coa = kolom(202, 66, 74, 445, 67, 99, 225, 97, 64, 88, 106, 59, 93, 68);
        // when
        Controle som = Controles.optelling("B3-0101-SOM", "Bijlage 3: kolom 01-01-23 telt op", coa, 1754);
        List<Verschil> verschillen = Controles.verschillen(coa, Verdeler.verdeel(1754, TWENTE, Methode.GROOTSTE_OVERSCHOT));
        // then the column is one short, at Hellendoorn
        assertThat(som.uitkomst()).isEqualTo(Uitkomst.AFWIJKING);
        assertThat(som.verwacht()).isEqualTo("som van de delen 1.753");
        assertThat(verschillen).containsExactly(new Verschil("Hellendoorn", 99L, 100L));
    }

    @Test
    void cnoGerealiseerdTegenBeschikbaarVerklaardDoorGeslotenLocaties() {
        // when Bijlage 4's 379 places are set against §2.2's 343, with 36 places in closed locations
        Controle c = Controles.gerealiseerdTegenBeschikbaar("CNO", "CNO: Bijlage 4 tegen §2.2", 379, 343, 36,
                "36 plekken in gesloten locaties");
        Controle onverklaard = Controles.gerealiseerdTegenBeschikbaar("CNO", "CNO", 379, 343, 30, "30 plekken in gesloten locaties");
        // then
        assertThat(c.uitkomst()).isEqualTo(Uitkomst.TER_INFORMATIE);
        assertThat(c.invoer()).isEqualTo("gerealiseerd 379, beschikbaar 343");
        assertThat(c.gevonden()).isEqualTo("verschil 36, volledig verklaard: 36 plekken in gesloten locaties");
        assertThat(onverklaard.uitkomst()).isEqualTo(Uitkomst.AFWIJKING);
        assertThat(onverklaard.gevonden()).isEqualTo("verschil 36, waarvan 6 niet verklaard");
    }

    private static Map<String, Long> kolom(long... waarden) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < waarden.length; i++) {
            m.put(TWENTE.get(i).code(), waarden[i]);
        }
        return m;
    }
}
