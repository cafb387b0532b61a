package nl.regietafel.domain.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The procesplan's own figures, reproduced by largest remainder. */
class VerdelerProcesplanTest {

    @Test
    void bijlage3KolomEenAprilWordtExactGereproduceerd() {
        // given Bijlage 3's inwoners and Twente's 1.944 places
        // when
        Verdeling v = Verdeler.verdeel(1944, ProcesplanData.TWENTE, Methode.GROOTSTE_OVERSCHOT);
        // then
        assertThat(v.toewijzingen()).extracting(Toewijzing::aantal)
                .containsExactly(box(ProcesplanData.KOLOM_01_04_23));
        assertThat(v.som()).isEqualTo(1944);
        assertThat(v.afrondingsverschil()).isZero();
    }

    @ParameterizedTest(name = "{0} over Overijssel -> Twente {1}, IJsselland {2}")
    @CsvSource({
            "3593, 1944, 1649",
            "4001, 2164, 1837",
            "246, 133, 113",
            "339, 183, 156",
            "213, 115, 98"})
    void overijsselNaarVeiligheidsregios(long totaal, long twente, long ijsselland) {
        Verdeling v = Verdeler.verdeel(totaal, ProcesplanData.OVERIJSSEL, Methode.GROOTSTE_OVERSCHOT);

        assertThat(v.aantal("Twente")).isEqualTo(twente);
        assertThat(v.aantal("IJsselland")).isEqualTo(ijsselland);
    }

    @Test
    void quotumWordtMetDecimalenBewaard() {
        Verdeling v = Verdeler.verdeel(3593, ProcesplanData.OVERIJSSEL, Methode.GROOTSTE_OVERSCHOT);

        // 3593 × 633917 / 1171910 = 1943,5483...
        assertThat(v.quotum("Twente")).isEqualByComparingTo(new BigDecimal("1943.5483791417"));
        assertThat(v.quotum("Twente").scale()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void oekraineGelijkOver25Veiligheidsregios() {
        // given 25 veiligheidsregio's of equal weight (footnote 11)
        List<Eenheid> regios = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            regios.add(new Eenheid(String.format("VR%02d", i), 1));
        }
        // when / then: every method gives 4.800 each
        for (Methode m : Methode.values()) {
            Verdeling v = Verdeler.verdeel(120_000, regios, m);
            assertThat(v.toewijzingen()).as(m.name()).allSatisfy(t -> assertThat(t.aantal()).isEqualTo(4800));
            assertThat(v.som()).as(m.name()).isEqualTo(120_000);
        }
    }

    private static Long[] box(long[] a) {
        Long[] b = new Long[a.length];
        for (int i = 0; i < a.length; i++) b[i] = a[i];
        return b;
    }
}
