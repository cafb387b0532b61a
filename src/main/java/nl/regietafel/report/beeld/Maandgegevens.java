package nl.regietafel.report.beeld;

import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.regio.Regioinstellingen;
import nl.regietafel.domain.regio.Vastgesteld;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.report.Documentkop;
import nl.regietafel.store.BerekeningRepository.Kop;

/**
 * The month of one region as the documents see it, read from the store by
 * {@code Rapportbron}; the month's picture ({@link MaandbeeldBouwer}) is
 * built from it, so it lives here, below the documents.
 */
public record Maandgegevens(Documentkop kop, Gebiedsindeling indeling, Populatieset populatie, Kop berekening,
                            List<VerdelingRegel> regels, Map<Long, Herkomst> bronnen, List<Vastgesteld> cijfers,
                            List<Maandretour> retouren, List<Controle> controles, Regioinstellingen regiotafel) {
}
