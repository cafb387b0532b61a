package nl.regietafel.batch;

import java.util.Map;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Prints what a long step did, from its own counts (Spring Batch has no progress of its own). */
@Component
public class VoortgangListener implements StepExecutionListener {

    /** What the kernteam reads instead of a bean name. */
    private static final Map<String, String> NAMEN = Map.of(
            "retourenStep", "maandretouren",
            "factsheetsStep", "factsheets");

    @Override
    public ExitStatus afterStep(StepExecution step) {
        String naam = NAMEN.getOrDefault(step.getStepName(), step.getStepName());
        System.out.printf("  %s: %d gelezen, %d verwerkt, %d overgeslagen%n",
                naam, step.getReadCount(), step.getWriteCount(),
                step.getFilterCount() + step.getSkipCount());
        return step.getExitStatus();
    }
}
