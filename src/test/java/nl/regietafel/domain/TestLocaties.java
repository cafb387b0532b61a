package nl.regietafel.domain;

import java.time.LocalDate;
import java.util.List;

/** Short constructors for locations in tests. */
public final class TestLocaties {

    private TestLocaties() {
    }

    public static Locatie locatie(String id, Doelgroep doelgroep, LocatieSoort soort, long capaciteit, LocatieStatus status) {
        return locatie(id, doelgroep, soort, capaciteit, status, null);
    }

    public static Locatie locatie(String id, Doelgroep doelgroep, LocatieSoort soort, long capaciteit, LocatieStatus status,
                                  LocalDate beschikbaarTot) {
        return new Locatie(id, id, id, doelgroep, soort, capaciteit, capaciteit, status, null, beschikbaarTot, "", List.of());
    }

    public static Locatie cno(String plaats, long capaciteit, LocatieStatus status, LocalDate beschikbaarTot) {
        return new Locatie("CNO-" + plaats + "-" + capaciteit, "CNO " + plaats, plaats, Doelgroep.ASIELZOEKERS, LocatieSoort.CNO,
                capaciteit, capaciteit, status, LocalDate.of(2022, 6, 1), beschikbaarTot, "", List.of());
    }
}
