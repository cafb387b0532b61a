package nl.regietafel.batch;

import nl.regietafel.report.Publicatie;
import nl.regietafel.report.procesplan.ProcesplanTabellen;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * rapportage: renders every document into a staging folder, then publishes it in one move, so
 * that a failed run leaves the previously published package of the period as it was.
 */
@Configuration
public class RapportageJobConfiguration {

    @Bean
    public Job rapportageJob(JobRepository jobRepository, Step procesplanStep, Step publicatieStep) {
        return new JobBuilder("rapportage", jobRepository)
                .start(procesplanStep)
                .next(publicatieStep)
                .build();
    }

    @Bean
    public Step procesplanStep(JobRepository jobRepository, PlatformTransactionManager tm, ProcesplanTabellen tabellen) {
        return new StepBuilder("procesplanStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    tabellen.render(Run.van(chunk.getStepContext().getStepExecution().getJobParameters()));
                    return null;
                }, tm)
                .build();
    }

    @Bean
    public Step publicatieStep(JobRepository jobRepository, PlatformTransactionManager tm, Publicatie publicatie) {
        return new StepBuilder("publicatieStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    publicatie.publiceer(Run.van(chunk.getStepContext().getStepExecution().getJobParameters()));
                    return null;
                }, tm)
                .build();
    }
}
