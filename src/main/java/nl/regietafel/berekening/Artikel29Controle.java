package nl.regietafel.berekening;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.NlFormaat;
import nl.regietafel.domain.controle.Uitkomst;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.statushouders.Artikel29;

/**
 * The check of one circulaire by art. 29 Huisvestingswet 2014, in words: which national number
 * vg reproduces it, and per gemeente whether its figure follows the rule.
 */
final class Artikel29Controle {

    private Artikel29Controle() {
    }

    static Controle van(Peildatum halfjaar, Artikel29.Toets t, Gebiedsindeling indeling, Populatieset cbs) {
        List<Artikel29.Gemeente> gemeenten = t.gemeenten().stream()
                .sorted(Comparator.comparing(g -> naam(indeling, g.code()))).toList();
        String omschrijving = "Statushouders " + halfjaar.label() + ": taakstelling per gemeente volgens art. 29 Huisvestingswet 2014 "
                + "(landelijk getal × inwoners gemeente / inwoners Nederland, naar boven afgerond, over alle "
                + t.aantalGemeenten() + " gemeenten)";
        String invoer = gemeenten.size() + " gemeenten met een cijfer in de circulaire"
                + (t.vermeldTotaal() == null ? "" : ", vermeld landelijk totaal " + NlFormaat.getal(t.vermeldTotaal()))
                + "; inwoners " + populatie(halfjaar, cbs) + ", Nederland " + NlFormaat.getal(t.inwonersNederland());
        String verwacht = "landelijk getal " + vg(t) + ": "
                + gemeenten.stream().map(g -> naam(indeling, g.code()) + " " + NlFormaat.getal(g.berekend()))
                .collect(Collectors.joining(", "))
                + "; som over " + t.aantalGemeenten() + " gemeenten " + NlFormaat.getal(t.landelijkeSom());
        List<Artikel29.Gemeente> afwijkend = gemeenten.stream().filter(g -> !g.volgtRegel()).toList();
        String gevonden;
        if (afwijkend.isEmpty()) {
            gevonden = "alle " + gemeenten.size() + " gemeenten volgen de regel";
        } else {
            gevonden = afwijkend.size() + " van " + gemeenten.size() + " gemeenten volgen de regel niet: "
                    + afwijkend.stream().map(g -> naam(indeling, g.code()) + " vermeld " + NlFormaat.getal(g.vastgesteld())
                    + ", volgens de regel " + NlFormaat.getal(g.berekend())).collect(Collectors.joining("; "));
        }
        if (t.vermeldTotaal() != null) {
            gevonden += t.totaalVolgtRegel()
                    ? "; het vermelde totaal " + NlFormaat.getal(t.vermeldTotaal()) + " is de som van de naar boven afgeronde cijfers"
                    : "; vermeld totaal " + NlFormaat.getal(t.vermeldTotaal()) + ", som volgens de regel " + NlFormaat.getal(t.landelijkeSom());
        }
        return new Controle("ARTIKEL29-STATUSHOUDERS-" + halfjaar, omschrijving, invoer, verwacht, gevonden,
                t.volledigVerklaard() ? Uitkomst.IN_ORDE : Uitkomst.AFWIJKING);
    }

    /** "vg = 21.039" or "vg = 21.025 tot en met 21.046" when more than one number fits. */
    static String vg(Artikel29.Toets t) {
        return "vg = " + NlFormaat.getal(t.vgVan()) + (t.eenduidig() ? "" : " tot en met " + NlFormaat.getal(t.vgTot()));
    }

    /** The set and its date; the law wants 1 January of the year before the half year, said when the set has another. */
    private static String populatie(Peildatum halfjaar, Populatieset cbs) {
        LocalDate wettelijk = LocalDate.of(halfjaar.jaar() - 1, 1, 1);
        String datum = cbs.peildatum() == null ? "peildatum onbekend" : NlFormaat.datum(cbs.peildatum());
        String uit = cbs.naam() + " (" + datum + ")";
        if (!wettelijk.equals(cbs.peildatum())) uit += ", de dichtstbijzijnde set bij de wettelijke " + NlFormaat.datum(wettelijk);
        return uit;
    }

    private static String naam(Gebiedsindeling indeling, String code) {
        return indeling.gebied(code).map(Gebied::naam).orElse(code);
    }
}
