package nl.regietafel.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A gemeente's monthly return (SPEC §3), as accepted after validation. */
public record Maandretour(
        String gemeenteCode,
        String gemeenteNaam,
        YearMonth peilmaand,
        String ingevuldDoor,
        LocalDate datum,
        List<Locatie> locaties,
        List<StatushoudersRegel> statushouders,
        List<Knelpunt> knelpunten) {

    public Maandretour {
        locaties = List.copyOf(locaties);
        statushouders = List.copyOf(statushouders);
        knelpunten = List.copyOf(knelpunten);
    }
}
