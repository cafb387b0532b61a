package nl.regietafel.report.index;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/** index.html: the period's documents with key figures (SPEC §6) (to be built). */
@Component
public class Indexpagina {

    public void render(Run run) {
        // placeholder: the step exists in the rapportage job; the document is not made yet
    }
}
