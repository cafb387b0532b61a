package nl.regietafel.batch;

import nl.regietafel.uitvraag.Uitvraag;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * uitvraag: next month's pre-filled return forms, on their own (the rapportage job makes them too,
 * as part of the month's package).
 */
@Configuration
public class UitvraagJobConfiguration {

    @Bean
    public Job uitvraagJob(JobRepository jobRepository, Step uitvraagStep) {
        return new JobBuilder("uitvraag", jobRepository)
                .start(uitvraagStep)
                .build();
    }

    @Bean
    public Step uitvraagStep(JobRepository jobRepository, PlatformTransactionManager tm, Uitvraag uitvraag) {
        return RapportageJobConfiguration.stap("uitvraagStep", jobRepository, tm, uitvraag::render);
    }
}
