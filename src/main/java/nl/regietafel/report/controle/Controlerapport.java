package nl.regietafel.report.controle;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/** controlerapport.xlsx and .pdf: rejections and checks (SPEC §6) (to be built). */
@Component
public class Controlerapport {

    public void render(Run run) {
        // placeholder: the step exists in the rapportage job; the document is not made yet
    }
}
