package nl.regietafel.domain.statushouders;

import java.time.YearMonth;
import nl.regietafel.domain.Peildatum;

/** Calendar arithmetic of half years ("2023-1" = January–June 2023). */
public final class Halfjaar {

    public static final int MAANDEN = 6;

    private Halfjaar() {
    }

    public static Peildatum van(YearMonth maand) {
        return Peildatum.halfjaar(maand.getYear(), maand.getMonthValue() <= MAANDEN ? 1 : 2);
    }

    public static boolean bevat(Peildatum halfjaar, YearMonth maand) {
        return van(maand).equals(halfjaar);
    }

    public static int maandInHalfjaar(YearMonth maand) {
        return (maand.getMonthValue() - 1) % MAANDEN + 1;
    }

    public static Peildatum volgend(Peildatum halfjaar) {
        if (halfjaar.soort() != Peildatum.Soort.HALFJAAR) {
            throw new IllegalArgumentException("Geen halfjaar: " + halfjaar);
        }
        return halfjaar.code().endsWith("-1")
                ? Peildatum.halfjaar(halfjaar.jaar(), 2)
                : Peildatum.halfjaar(halfjaar.jaar() + 1, 1);
    }
}
