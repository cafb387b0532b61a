package nl.regietafel.domain.cno;

import nl.regietafel.domain.Locatie;

/** A CNO location that stays open past a milestone by which it should have closed. */
public record Sluitsignaal(Locatie locatie, Mijlpaal mijlpaal, String melding) {
}
