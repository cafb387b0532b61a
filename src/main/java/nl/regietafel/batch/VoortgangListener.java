package nl.regietafel.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Prints what a long step did, from its own counts (Spring Batch has no progress of its own). */
@Component
public class VoortgangListener implements StepExecutionListener {

    @Override
    public ExitStatus afterStep(StepExecution step) {
        System.out.printf("  %s: %d gelezen, %d verwerkt, %d overgeslagen%n",
                step.getStepName(), step.getReadCount(), step.getWriteCount(),
                step.getFilterCount() + step.getSkipCount());
        return step.getExitStatus();
    }
}
