package nl.regietafel.domain.realisatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Maandretour;
import org.junit.jupiter.api.Test;

class AandelenTest {

    private static Locatie cno(long plekken, List<String> gedeeldMet) {
        return new Locatie("CNO-NOT", "CNO Noordoost-Twente", "Losser", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, plekken, plekken,
                LocatieStatus.IN_GEBRUIK, null, null, "", gedeeldMet);
    }

    private static Maandretour retour(String code, List<Locatie> locaties) {
        return new Maandretour(code, code, java.time.YearMonth.of(2022, 12), "", null, locaties, List.of(), List.of());
    }

    @Test
    void eenGedeeldeLocatieStaatBijElkeGemeenteMetHaarAandeelEnTeltEenKeerVoorDeRegio() {
        // given Dinkelland lists a CNO of 40 places shared with Tubbergen, Oldenzaal and Losser; Losser sends its own return
        List<Maandretour> retouren = List.of(
                retour("GM1774", List.of(cno(40, List.of("GM0183", "GM0173", "GM0168")))),
                retour("GM0168", List.of()));
        // when
        Map<String, List<Locatie>> per = Aandelen.perGemeente(retouren);
        // then each of the four holds 40 / 4 = 10 places; together 40, as for the region
        for (String g : List.of("GM1774", "GM0183", "GM0173", "GM0168")) {
            assertThat(per.get(g)).singleElement().satisfies(l -> {
                assertThat(l.capaciteit()).isEqualTo(10);
                assertThat(l.toelichting()).startsWith("Aandeel 10 van 40 plekken: gelijke delen over 4 gemeenten");
            });
        }
        assertThat(per.get("GM0168").get(0).gedeeldMet()).containsExactly("GM1774", "GM0183", "GM0173");
        long som = per.values().stream().flatMap(List::stream).mapToLong(Locatie::capaciteit).sum();
        assertThat(som).isEqualTo(40);
    }

    @Test
    void watNietDeelbaarIsGaatNaarDeEersteGemeenten() {
        // 42 over 4: 11, 11, 10, 10 (the listing gemeente first)
        assertThat(List.of(Aandelen.deel(42, 4, 0), Aandelen.deel(42, 4, 1), Aandelen.deel(42, 4, 2), Aandelen.deel(42, 4, 3)))
                .containsExactly(11L, 11L, 10L, 10L);
    }
}
