package nl.regietafel.domain.regio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import nl.regietafel.domain.cno.Mijlpaal;

/**
 * What differs per regietafel (input/regio/VRxx-naam.yaml, docs/regio-instellingen.md): its name,
 * the title of its plan, who sends the uitvraag and where it goes back to, the day it is due, its
 * milestones, an optional logo and the regional prognoses that apply to it. A region without a
 * file gets {@link #neutraal}: "Regietafel Groningen", no milestones, no regional prognoses.
 *
 * @param plan        title of the region's plan ("Procesplan Twente Opvang Vluchtelingen"); null = none
 * @param afzender    who sends the uitvraag ("Ambtelijk kernteam …"); never null
 * @param retouradres where the gemeenten send their return (e-mail address); null = not set
 * @param inleverdag  day of the month after the month asked by which the return is due; null = not set
 * @param logo        image file beside the settings file; null = none
 * @param prognoses   profile names of the regional prognoses that apply to this region
 */
public record Regioinstellingen(String regio, String naam, String plan, String afzender, String retouradres,
                                Integer inleverdag, String logo, List<String> prognoses, List<Mijlpaal> mijlpalen) {

    public Regioinstellingen {
        prognoses = List.copyOf(prognoses);
        mijlpalen = List.copyOf(mijlpalen);
        afzender = afzender == null ? naam : afzender;
    }

    /** The wording for a region without settings: "Regietafel Groningen", nothing else. */
    public static Regioinstellingen neutraal(String regio, String regioNaam) {
        String naam = "Regietafel " + regioNaam;
        return new Regioinstellingen(regio, naam, null, naam, null, null, null, List.of(), List.of());
    }

    /** "Procesplan Twente Opvang Vluchtelingen — tabellen en bijlagen", else "Tabellen en bijlagen — Regietafel Groningen". */
    public String procesplanTitel() {
        return plan == null ? "Tabellen en bijlagen — " + naam : plan + " — tabellen en bijlagen";
    }

    /** The date a return for {@code gevraagd} is due: {@link #inleverdag} of the month after (the month's last day if shorter). */
    public Optional<LocalDate> uiterlijk(YearMonth gevraagd) {
        if (inleverdag == null) return Optional.empty();
        YearMonth volgende = gevraagd.plusMonths(1);
        return Optional.of(volgende.atDay(Math.min(inleverdag, volgende.lengthOfMonth())));
    }

    /** The milestone by which the last CNO locations close, when the region has one. */
    public Optional<Mijlpaal> laatsteCnoGesloten() {
        return mijlpalen.stream().filter(m -> m.soort() == Mijlpaal.Soort.LAATSTE_CNO_GESLOTEN).findFirst();
    }
}
