package nl.regietafel.batch;

import java.util.function.Consumer;

import nl.regietafel.run.Run;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/** A step that does one thing with the run's parameters, in one transaction of the metadata. */
final class Runstap {

    private Runstap() {
    }

    static Step van(String naam, JobRepository jobRepository, PlatformTransactionManager tm, Consumer<Run> werk) {
        return new StepBuilder(naam, jobRepository)
                .tasklet((contribution, chunk) -> {
                    werk.accept(Runparameters.van(chunk.getStepContext().getStepExecution().getJobParameters()));
                    return null;
                }, tm)
                .build();
    }
}
