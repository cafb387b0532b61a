package nl.regietafel.report.prt;

import nl.regietafel.batch.Run;

import org.springframework.stereotype.Component;

/** prt-inbreng.pdf and .xlsx: the region's position for the Provinciale Regietafel (SPEC §6) (to be built). */
@Component
public class PrtInbreng {

    public void render(Run run) {
        // placeholder: the step exists in the rapportage job; the document is not made yet
    }
}
