package nl.regietafel.domain.cno;

import java.util.List;
import nl.regietafel.domain.Locatie;

/**
 * The verdict on one CNO location. {@code maandenBeschikbaar} is null when the return gives no
 * end date. {@code redenen} are Dutch sentences for the documents, one per criterion.
 */
public record CnoBeoordeling(Locatie locatie, long capaciteit, Long maandenBeschikbaar,
                             boolean geschiktVoorOverdracht, boolean duurzaam, List<String> redenen) {

    public CnoBeoordeling {
        redenen = List.copyOf(redenen);
    }
}
