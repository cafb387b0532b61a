package nl.regietafel.domain.controle;

import java.util.Collection;
import java.util.List;

/** The material checks (Afwijking) by name, for documents that must name them and not just count them. */
public final class Afwijkingen {

    private Afwijkingen() {
    }

    /** "what was checked: what was found", in the order given; only outcome Afwijking. */
    public static List<String> namen(Collection<Controle> controles) {
        return controles.stream().filter(c -> c.uitkomst() == Uitkomst.AFWIJKING)
                .map(c -> c.omschrijving() + ": " + c.gevonden()).toList();
    }
}
