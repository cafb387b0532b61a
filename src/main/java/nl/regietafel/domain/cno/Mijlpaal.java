package nl.regietafel.domain.cno;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone of the planning (procesplan §5). A deadline given only as a month ("Juli 2023")
 * is dated to that month's last day; a start ("Vanaf april") to its first.
 */
public record Mijlpaal(LocalDate datum, String omschrijving, Soort soort) {

    /** What the tool checks against a milestone; most are only shown. */
    public enum Soort {
        /** Shown in the maandpakket with its term. */
        OVERIG,
        /** The date by which the last CNO locations close: every CNO location open after it is signalled. */
        LAATSTE_CNO_GESLOTEN
    }

    public Mijlpaal(LocalDate datum, String omschrijving) {
        this(datum, omschrijving, Soort.OVERIG);
    }

    public Mijlpaal {
        soort = soort == null ? Soort.OVERIG : soort;
    }

    /** "Juli 2023: sluiten laatste CNO-locaties in Twente" (procesplan §5; Twente's, in input/regio/VR05-twente.yaml). */
    public static final Mijlpaal LAATSTE_CNO_GESLOTEN = new Mijlpaal(LocalDate.of(2023, 7, 31),
            "Juli 2023: sluiten laatste CNO-locaties in Twente", Soort.LAATSTE_CNO_GESLOTEN);

    /** Transitieplan CNO (procesplan §1.1, §4): from 1 April 2023 no more CNO needed. */
    public static final Mijlpaal CNO_NIET_MEER_NODIG =
            new Mijlpaal(LocalDate.of(2023, 4, 1), "1 april 2023: voldoende reguliere opvang, CNO niet meer nodig (Transitieplan CNO)");

    /** The milestones of procesplan §5 that concern figures this tool tracks. */
    public static List<Mijlpaal> procesplanTwente() {
        return List.of(
                new Mijlpaal(LocalDate.of(2023, 3, 31), "Eind maart 2023: colleges maken hun aanbod van opvangplekken kenbaar"),
                new Mijlpaal(LocalDate.of(2023, 4, 1), "Vanaf april 2023: openen nieuwe reguliere opvanglocaties ter vervanging van CNO-locaties"),
                LAATSTE_CNO_GESLOTEN,
                new Mijlpaal(LocalDate.of(2023, 7, 31), "Juli 2023: taakstelling huisvesting statushouders 1e helft 2023 gerealiseerd"),
                new Mijlpaal(LocalDate.of(2024, 1, 1), "1 januari 2024: benodigde aantal opvangplekken asiel, inclusief AMV's, gerealiseerd"));
    }
}
