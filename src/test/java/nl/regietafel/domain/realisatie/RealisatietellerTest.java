package nl.regietafel.domain.realisatie;

import static nl.regietafel.domain.TestLocaties.locatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;
import org.junit.jupiter.api.Test;

class RealisatietellerTest {

    private final List<Locatie> locaties = List.of(
            locatie("AZC-1", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 400, LocatieStatus.IN_GEBRUIK),
            locatie("AMV-1", Doelgroep.AMV, LocatieSoort.GEMEENTELIJKE_OPVANG, 50, LocatieStatus.IN_GEBRUIK),
            locatie("AMV-2", Doelgroep.AMV, LocatieSoort.TUSSENVOORZIENING, 30, LocatieStatus.BESLUIT_RAAD),
            locatie("AZC-2", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 300, LocatieStatus.IN_AANBOUW),
            locatie("AZC-oud", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 100, LocatieStatus.GESLOTEN),
            locatie("CNO-1", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, 60, LocatieStatus.IN_GEBRUIK),
            locatie("CNO-2", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, 20, LocatieStatus.GESLOTEN),
            locatie("OEK-1", Doelgroep.OEKRAINERS, LocatieSoort.HOTEL_VAKANTIEPARK, 200, LocatieStatus.IN_GEBRUIK),
            locatie("OEK-2", Doelgroep.OEKRAINERS, LocatieSoort.PARTICULIER, 15, LocatieStatus.IDEE),
            locatie("SH-1", Doelgroep.STATUSHOUDERS, LocatieSoort.FLEXWONINGEN, 80, LocatieStatus.IN_GEBRUIK));

    @Test
    void teltPerOpgaveRealisatieEnPijplijnEnHoudtCnoApart() {
        // when
        Map<Opgave, Stand> stand = Realisatieteller.tel(locaties);
        // then ASIEL holds regular asylum incl. AMV, never CNO, never closed locations
        assertThat(stand.get(Opgave.ASIEL)).isEqualTo(new Stand(Opgave.ASIEL, 450, 330));
        assertThat(stand.get(Opgave.ASIEL_AMV)).isEqualTo(new Stand(Opgave.ASIEL_AMV, 50, 30));
        // private hosting (OEK-2, Particulier) does not count toward the Oekraïne target
        assertThat(stand.get(Opgave.OEKRAINE)).isEqualTo(new Stand(Opgave.OEKRAINE, 200, 0));
        assertThat(stand.get(Opgave.CNO)).isEqualTo(new Stand(Opgave.CNO, 60, 0));
        assertThat(stand).doesNotContainKey(Opgave.STATUSHOUDERS);
    }

    @Test
    void cnoPlekkenEnLocatiesInGebruikEnGesloten() {
        CnoStand cno = Realisatieteller.cno(locaties);

        assertThat(cno).isEqualTo(new CnoStand(60, 1, 20, 1));
        assertThat(cno.plekkenGerealiseerd()).isEqualTo(80);
        assertThat(cno.locatiesGerealiseerd()).isEqualTo(2);
    }
}
