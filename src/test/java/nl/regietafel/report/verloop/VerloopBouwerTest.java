package nl.regietafel.report.verloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.verloop.Maandpunt;
import nl.regietafel.domain.verloop.Reeks;
import nl.regietafel.report.Opmaak;

import org.junit.jupiter.api.Test;

class VerloopBouwerTest {

    private final VerloopBouwer bouwer = new VerloopBouwer(null, null, new Opmaak());
    private final Peildatum jan2024 = Peildatum.of("2024-01-01");

    private Reeks reeks(Object... maandEnWaarde) {
        List<Maandpunt> punten = new java.util.ArrayList<>();
        for (int i = 0; i < maandEnWaarde.length; i += 2) {
            punten.add(new Maandpunt((YearMonth) maandEnWaarde[i], (Long) maandEnWaarde[i + 1], 2164L));
        }
        return new Reeks(Opgave.ASIEL, jan2024, "VR05", punten);
    }

    @Test
    void trendInWoorden() {
        // June 300 (the stand on 1 July), November 328, December 340: +12 against November, +40 since 1 July
        Reeks r = reeks(YearMonth.of(2023, 6), 300L, YearMonth.of(2023, 11), 328L, YearMonth.of(2023, 12), 340L);
        assertThat(bouwer.trend(r)).isEqualTo("+12 t.o.v. november 2023, +40 sinds 1 juli 2023");
        assertThat(bouwer.trendKort(r)).isEqualTo("+12 / +40");
    }

    @Test
    void geenVeranderingHeetGelijk() {
        Reeks r = reeks(YearMonth.of(2023, 6), 300L, YearMonth.of(2023, 7), 300L);
        assertThat(bouwer.trend(r)).isEqualTo("gelijk aan juni 2023, gelijk sinds 1 juli 2023");
    }

    @Test
    void eerstePeriodeEnOntbrekendeBeginstand() {
        assertThat(bouwer.trend(reeks(YearMonth.of(2022, 12), 794L))).isEqualTo("eerste periode: nog geen verloop");
        // no June in the store: the half year's start cannot be compared
        Reeks r = reeks(YearMonth.of(2023, 10), 100L, YearMonth.of(2023, 11), 90L);
        assertThat(bouwer.trend(r)).isEqualTo("−10 t.o.v. oktober 2023, sinds 1 juli 2023: geen stand van de maand ervoor");
        assertThat(bouwer.trendKort(r)).isEqualTo("−10 / –");
    }

    @Test
    void standInWoorden() {
        VerloopModel.Lijn l = bouwer.lijn(reeks(YearMonth.of(2023, 12), 1874L), "");
        // 2.164 − 1.874 = 290 still to go
        assertThat(l.stand()).isEqualTo("nog 290 plekken te gaan tot de opgave van 2.164");
        assertThat(l.sleutel()).isEqualTo("verloop-asiel");
    }
}
