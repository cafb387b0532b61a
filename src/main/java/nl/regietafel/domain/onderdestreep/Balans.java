package nl.regietafel.domain.onderdestreep;

import java.util.List;
import java.util.NoSuchElementException;
import nl.regietafel.domain.Opgave;

/** The bottom line of an area (gemeente or region): its positions and the exchanges applied. */
public record Balans(String gebiedCode, List<Positie> posities, List<Uitruil> uitruil) {

    public Balans {
        posities = List.copyOf(posities);
        uitruil = List.copyOf(uitruil);
    }

    public Positie positie(Opgave opgave) {
        return posities.stream().filter(p -> p.opgave() == opgave).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Geen positie voor " + opgave.label() + " in " + gebiedCode));
    }

    /** Every opgave met on its own. */
    public boolean elkeOpgaveGehaald() {
        return posities.stream().allMatch(Positie::gehaald);
    }

    /** Every opgave met once permitted exchanges are applied: "onder de streep gehaald". */
    public boolean onderDeStreepGehaald() {
        return posities.stream().allMatch(Positie::gehaaldNaUitwisseling);
    }
}
