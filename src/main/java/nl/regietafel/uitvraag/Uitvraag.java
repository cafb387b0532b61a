package nl.regietafel.uitvraag;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/** Next month's pre-filled maandretour per gemeente (SPEC §6) (to be built). */
@Component
public class Uitvraag {

    public void render(Run run) {
        // placeholder: the step exists in the rapportage job; the document is not made yet
    }
}
