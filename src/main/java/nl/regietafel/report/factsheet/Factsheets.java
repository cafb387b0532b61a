package nl.regietafel.report.factsheet;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/** One factsheet per gemeente, PDF and XLSX (SPEC §6) (to be built). */
@Component
public class Factsheets {

    public void render(Run run) {
        // placeholder: the step exists in the rapportage job; the document is not made yet
    }
}
