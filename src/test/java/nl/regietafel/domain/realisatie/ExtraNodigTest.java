package nl.regietafel.domain.realisatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.regietafel.domain.Peildatum;
import org.junit.jupiter.api.Test;

/** Procesplan §2.3 and SPEC §5.4: 1.944 − 794 = 1.150 extra by 1-4-2023; 2.164 − 1.944 = 220 more by 1-1-2024. */
class ExtraNodigTest {

    static final LocalDate EIND_DECEMBER_2022 = LocalDate.of(2022, 12, 31);

    @Test
    void procesplanTwente() {
        // given Twente's asiel opgave as the regional overview lists it, per 1-4-2023 and 1-1-2024, with 794 realised
        List<ExtraNodig.Stand> standen = List.of(
                new ExtraNodig.Stand(Peildatum.of("2024-01-01"), 2164, 2164 - 794),
                new ExtraNodig.Stand(Peildatum.of("2023-04-01"), 1944, 1944 - 794));
        // when
        List<ExtraNodig.Stap> stappen = ExtraNodig.van(standen, EIND_DECEMBER_2022);
        // then 1.150 per 1 april 2023, then 220 more before 1 januari 2024
        assertThat(stappen).containsExactly(
                new ExtraNodig.Stap(Peildatum.of("2023-04-01"), 1150, true),
                new ExtraNodig.Stap(Peildatum.of("2024-01-01"), 220, false));
    }

    @Test
    void eenPeildatumInHetVerledenTeltNiet() {
        List<ExtraNodig.Stand> standen = List.of(
                new ExtraNodig.Stand(Peildatum.of("2022-07-01"), 1500, 700),
                new ExtraNodig.Stand(Peildatum.of("2023-04-01"), 1944, 1150));

        assertThat(ExtraNodig.van(standen, EIND_DECEMBER_2022)).containsExactly(new ExtraNodig.Stap(Peildatum.of("2023-04-01"), 1150, true));
    }

    @Test
    void geenTekortGeenZin() {
        List<ExtraNodig.Stand> standen = List.of(new ExtraNodig.Stand(Peildatum.of("2023-04-01"), 100, -5));

        assertThat(ExtraNodig.van(standen, EIND_DECEMBER_2022)).isEmpty();
    }

    @Test
    void eenOpgaveDieNietGroeitVoegtNietsToe() {
        // 1-1-2024 asks 90, less than 100 per 1-4-2023: no second step
        List<ExtraNodig.Stand> standen = List.of(
                new ExtraNodig.Stand(Peildatum.of("2023-04-01"), 100, 40),
                new ExtraNodig.Stand(Peildatum.of("2024-01-01"), 90, 30));

        assertThat(ExtraNodig.van(standen, EIND_DECEMBER_2022)).containsExactly(new ExtraNodig.Stap(Peildatum.of("2023-04-01"), 40, true));
    }
}
