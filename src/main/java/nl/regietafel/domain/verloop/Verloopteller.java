package nl.regietafel.domain.verloop;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.realisatie.Peilteller;

/**
 * Counts each stored period the way that month's own tables count it ({@link Peilteller}: places
 * still there on the peildatum), so the last point is exactly the month's table figure.
 */
public final class Verloopteller {

    /** One period as stored: its month, the area's locations reported then and the opgave known then (null: none). */
    public record Periode(YearMonth maand, List<Locatie> locaties, Long opgave) {
        public Periode {
            locaties = List.copyOf(locaties);
        }
    }

    private final Peilteller teller;

    public Verloopteller(Peilteller teller) {
        this.teller = teller;
    }

    /** An opgave counted in places (asiel, AMV, Oekraïne, CNO) at {@code peildatum}, one point per period. */
    public Reeks reeks(Opgave opgave, Peildatum peildatum, String gebiedCode, List<Periode> perioden) {
        List<Periode> opVolgorde = new ArrayList<>(perioden);
        opVolgorde.sort(Comparator.comparing(Periode::maand));
        List<Maandpunt> punten = new ArrayList<>();
        for (Periode p : opVolgorde) {
            long realisatie = teller.tel(opgave, peildatum.einde(), p.locaties()).beschikbaar();
            punten.add(new Maandpunt(p.maand(), realisatie, p.opgave()));
        }
        return new Reeks(opgave, peildatum, gebiedCode, punten);
    }
}
