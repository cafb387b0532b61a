package nl.regietafel.domain.verloop;

import java.math.BigDecimal;
import java.util.Optional;

import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.statushouders.Halfjaar;
import nl.regietafel.domain.statushouders.Voortgang;

/**
 * Whether a gemeente met its taakstelling over a half year, judged at the half year's sixth month
 * (June, December) with a province's {@link Toezichtschaal}. {@code doorschuiven} is what goes into
 * the next half year's gecorrigeerde taakstelling (negative: voorsprong).
 */
public record Halfjaaroordeel(String gemeenteCode, Peildatum halfjaar, long taakstelling, long achterstandBegin,
                              long gecorrigeerd, long gehuisvest, BigDecimal procent, boolean gehaald,
                              Toezichtschaal.Categorie categorie, long doorschuiven) {

    /** The statement for a half year's last month; empty in any other month (the half year is not over). */
    public static Optional<Halfjaaroordeel> van(Voortgang eind, Toezichtschaal schaal) {
        if (eind.maandInHalfjaar() != Halfjaar.MAANDEN) return Optional.empty();
        BigDecimal procent = eind.percentage();
        return Optional.of(new Halfjaaroordeel(eind.gemeenteCode(), eind.halfjaar(), eind.taakstelling(),
                eind.achterstandBeginPeriode(), eind.gecorrigeerdeTaakstelling(), eind.gehuisvest(), procent,
                eind.achterstand() <= 0, schaal.categorie(eind.gehuisvest(), eind.gecorrigeerdeTaakstelling()), eind.achterstand()));
    }
}
