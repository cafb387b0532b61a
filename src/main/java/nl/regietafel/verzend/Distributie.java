package nl.regietafel.verzend;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/** The distribution list and the optional verzend step (SPEC §9) (to be built). */
@Component
public class Distributie {

    public void schrijfLijst(Run run) {
        // placeholder: the step exists in the rapportage job; the document is not made yet
    }
}
