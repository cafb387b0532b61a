package nl.regietafel.uitvraag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.regio.Regioinstellingen;
import nl.regietafel.domain.statushouders.Halfjaar;
import nl.regietafel.domain.statushouders.Voortgang;

/**
 * What next month's form of one gemeente holds, from this month's return and the taakstellingen
 * known now. Plain values in, plain value out: the uitvraag step feeds it from the store, the
 * sample generator from the returns it wrote the month before, so both send the same form.
 */
public final class Formulierinhoud {

    /** The taakstelling of a gemeente in a half year as known this month (the circulaire's), if any. */
    @FunctionalInterface
    public interface Taakstellingen {
        Optional<Long> van(Peildatum halfjaar, String gemeenteCode);
    }

    private Formulierinhoud() {
    }

    /**
     * @param retour  this month's return of {@code g}, if it sent one
     * @param periode this month; the form asks for the month after it
     */
    public static UitvraagFormulier.Inhoud van(Optional<Maandretour> retour, Gemeente g, Gebiedsindeling indeling,
                                               String regioCode, Taakstellingen taakstellingen, YearMonth periode,
                                               Regioinstellingen regiotafel) {
        YearMonth volgende = periode.plusMonths(1);
        Map<String, String> namen = new HashMap<>();
        indeling.gemeenten(regioCode).forEach(x -> namen.put(x.code(), x.naam()));
        retour.ifPresent(r -> r.locaties().forEach(l -> l.gedeeldMet().forEach(c ->
                indeling.gemeente(c).ifPresent(x -> namen.put(c, x.naam())))));
        List<StatushoudersRegel> sh = statushouders(retour.map(Maandretour::statushouders).orElse(List.of()),
                taakstellingen, g.code(), periode, volgende);
        Set<String> vast = new LinkedHashSet<>();
        for (StatushoudersRegel r : sh) {
            if (taakstellingen.van(r.halfjaar(), g.code()).isPresent()) vast.add(r.halfjaar().code());
        }
        // Nothing is known yet of a half year this month's return lacks or that begins after this month.
        Set<String> gemeld = new LinkedHashSet<>();
        retour.ifPresent(r -> r.statushouders().forEach(x -> gemeld.add(x.halfjaar().code())));
        LocalDate eindeMaand = periode.atEndOfMonth();
        Set<String> nieuw = new LinkedHashSet<>();
        sh.stream().filter(r -> !gemeld.contains(r.halfjaar().code()) || r.halfjaar().begin().isAfter(eindeMaand))
                .forEach(r -> nieuw.add(r.halfjaar().code()));
        return new UitvraagFormulier.Inhoud(g.code(), g.naam(), volgende, null, null,
                retour.map(Maandretour::locaties).orElse(List.of()), sh, List.of(), vast, namen, regiotafel.afzender(), nieuw,
                regiotafel.retouradres(), regiotafel.uiterlijk(volgende).orElse(null));
    }

    /**
     * The half years of next month's form: those of this month's return still relevant (the half
     * year of next month and the one before), the taakstelling of each taken from the known
     * figures where they give one; next month's half year is added when missing, with the
     * achterstand carried over from this half year.
     */
    static List<StatushoudersRegel> statushouders(List<StatushoudersRegel> vorige, Taakstellingen taakstellingen, String gemeente,
                                                  YearMonth periode, YearMonth volgende) {
        Peildatum nu = Halfjaar.van(periode);
        Peildatum straks = Halfjaar.van(volgende);
        List<StatushoudersRegel> uit = new ArrayList<>();
        for (StatushoudersRegel r : vorige) {
            if (r.halfjaar().compareTo(straks) > 0 || Halfjaar.volgend(r.halfjaar()).compareTo(straks) < 0) continue;
            long t = taakstellingen.van(r.halfjaar(), gemeente).orElse(r.taakstelling());
            uit.add(new StatushoudersRegel(r.halfjaar(), t, r.achterstandBeginPeriode(), r.gehuisvest(), r.waarvanAmv(),
                    r.instrumenten()));
        }
        if (uit.stream().noneMatch(r -> r.halfjaar().equals(straks))) {
            Optional<Long> t = taakstellingen.van(straks, gemeente);
            Optional<StatushoudersRegel> dit = vorige.stream().filter(r -> r.halfjaar().equals(nu)).findFirst();
            long achterstand = dit.map(r -> Voortgang.van(gemeente, r, periode).achterstand()).orElse(0L);
            String instrumenten = dit.map(StatushoudersRegel::instrumenten).orElse(null);
            if (t.isPresent() || !straks.equals(nu)) {
                uit.add(new StatushoudersRegel(straks, t.orElse(0L), achterstand, 0, 0, instrumenten));
            }
        }
        uit.sort(Comparator.comparing(StatushoudersRegel::halfjaar));
        return uit;
    }
}
