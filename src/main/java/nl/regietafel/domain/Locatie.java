package nl.regietafel.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the sheet {@code Locaties} of a maandretour. {@code gedeeldMet} holds the codes
 * of gemeenten that share this location (a joint CNO such as Dinkelland with Tubbergen,
 * Oldenzaal and Losser); empty for most rows.
 */
public record Locatie(
        String locatieId,
        String naam,
        String plaats,
        Doelgroep doelgroep,
        LocatieSoort soort,
        long capaciteit,
        long bezetting,
        LocatieStatus status,
        LocalDate openVanaf,
        LocalDate beschikbaarTot,
        String toelichting,
        List<String> gedeeldMet) {

    public Locatie {
        gedeeldMet = gedeeldMet == null ? List.of() : List.copyOf(gedeeldMet);
    }

    /** Regular asylum capacity counts for ASIEL; CNO never does (SPEC §2). */
    public boolean isReguliereAsielopvang() {
        return (doelgroep == Doelgroep.ASIELZOEKERS || doelgroep == Doelgroep.AMV) && soort != LocatieSoort.CNO;
    }
}
