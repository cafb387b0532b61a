package nl.regietafel.report.maandpakket;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/** maandpakket.pdf and .xlsx for the regietafel (SPEC §6) (to be built). */
@Component
public class Maandpakket {

    public void render(Run run) {
        // placeholder: the step exists in the rapportage job; the document is not made yet
    }
}
