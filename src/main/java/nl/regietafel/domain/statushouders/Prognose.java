package nl.regietafel.domain.statushouders;

import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.verdeling.Verdeling;

/** Prognosed taakstelling per gemeente for a half year whose circulaire is not out yet, in one scenario. */
public record Prognose(Scenario scenario, Peildatum halfjaar, long landelijk, long inwonersNederland, Verdeling verdeling) {
}
