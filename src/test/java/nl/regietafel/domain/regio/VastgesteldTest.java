package nl.regietafel.domain.regio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

import org.junit.jupiter.api.Test;

class VastgesteldTest {

    private static final Peildatum PEIL = Peildatum.of("2023-01-01");

    private static Vastgesteld cijfer(String gebied, long aantal, long bronId, String datum) {
        return new Vastgesteld(new LandelijkCijfer(Opgave.ASIEL, gebied, PEIL, null, aantal), bronId, LocalDate.parse(datum));
    }

    @Test
    void hetNieuwsteDocumentTeltPerGebied() {
        // the newer letter (read first) corrects PV21; PV22 keeps the older figure, which nothing replaced
        List<Vastgesteld> cijfers = List.of(
                cijfer("PV21", 1_500, 7, "2022-11-15"),
                cijfer("PV21", 1_200, 3, "2022-10-01"),
                cijfer("PV22", 900, 3, "2022-10-01"));

        Map<String, Vastgesteld> geldend = Vastgesteld.geldend(cijfers).get(new Sleutel(Opgave.ASIEL, PEIL, ""));

        assertThat(geldend.get("PV21").cijfer().aantal()).isEqualTo(1_500);
        assertThat(geldend.get("PV22").cijfer().aantal()).isEqualTo(900);
        assertThat(geldend).hasSize(2);
    }

    @Test
    void opDezelfdeDatumTeltHetLaterGelezenDocument() {
        List<Vastgesteld> cijfers = List.of(cijfer("PV21", 1_300, 9, "2022-10-01"), cijfer("PV21", 1_200, 4, "2022-10-01"));

        assertThat(Vastgesteld.geldend(cijfers).get(new Sleutel(Opgave.ASIEL, PEIL, "")).get("PV21").bronId()).isEqualTo(9);
    }
}
