package nl.regietafel.berekening;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.Uitkomst;

/**
 * A period's package uses only the national documents dated on or before the end of that period
 * (SPEC §5.9); each document left out for its date is named in the controlerapport.
 */
final class Periodebronnen {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Periodebronnen() {
    }

    static List<Controle> latereDocumenten(List<Herkomst> later, YearMonth periode) {
        String einde = periode.atEndOfMonth().format(NL);
        return later.stream().map(h -> new Controle("BRON-NA-PERIODE-" + h.datum() + "-" + h.sha256().substring(0, Math.min(8, h.sha256().length())),
                "Landelijk document van na de periode niet gebruikt: " + h.titel(),
                h.bestand() == null ? h.titel() : h.bestand(),
                "gedateerd uiterlijk " + einde,
                "gedateerd " + h.datum().format(NL),
                Uitkomst.TER_INFORMATIE)).toList();
    }
}
