package nl.regietafel.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * maand: the whole month in one command — import, verdeling, rapportage as job steps. On a
 * restart the completed child jobs are skipped and the failed one is restarted.
 */
@Configuration(proxyBeanMethods = false)
public class MaandJobConfiguration {

    @Bean
    public Job maandJob(JobRepository jobRepository, Step maandImportStep, Step maandVerdelingStep, Step maandRapportageStep) {
        return new JobBuilder("maand", jobRepository)
                .start(maandImportStep)
                .next(maandVerdelingStep)
                .next(maandRapportageStep)
                .build();
    }

    @Bean
    public Step maandImportStep(JobRepository jobRepository, JobOperator operator, Job importJob) {
        return new StepBuilder("maandImportStep", jobRepository).job(importJob).operator(operator).build();
    }

    @Bean
    public Step maandVerdelingStep(JobRepository jobRepository, JobOperator operator, Job verdelingJob) {
        return new StepBuilder("maandVerdelingStep", jobRepository).job(verdelingJob).operator(operator).build();
    }

    @Bean
    public Step maandRapportageStep(JobRepository jobRepository, JobOperator operator, Job rapportageJob) {
        return new StepBuilder("maandRapportageStep", jobRepository).job(rapportageJob).operator(operator).build();
    }
}
