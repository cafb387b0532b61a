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
 * uitvraag: next month's pre-filled return forms. In the rapportage job {@code uitvraagStep}
 * writes them into the staging package, published with the rest; the job {@code uitvraag} on its
 * own writes them straight into {@code output/<periode>/uitvraag/} (each file atomically),
 * leaving the published package otherwise as it is.
 */
@Configuration(proxyBeanMethods = false)
public class UitvraagJobConfiguration {

    @Bean
    public Job uitvraagJob(JobRepository jobRepository, Step losseUitvraagStep) {
        return new JobBuilder("uitvraag", jobRepository)
                .start(losseUitvraagStep)
                .build();
    }

    /** Part of the rapportage job: into the staging package. */
    @Bean
    public Step uitvraagStep(JobRepository jobRepository, PlatformTransactionManager tm, Uitvraag uitvraag) {
        return Runstap.van("uitvraagStep", jobRepository, tm, uitvraag::render);
    }

    /** The uitvraag job's only step: into the published folder of the period. */
    @Bean
    public Step losseUitvraagStep(JobRepository jobRepository, PlatformTransactionManager tm, Uitvraag uitvraag) {
        return Runstap.van("uitvraagStep", jobRepository, tm, uitvraag::renderGepubliceerd);
    }
}
