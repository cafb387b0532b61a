package nl.regietafel.batch;

import nl.regietafel.berekening.VerdelingBerekening;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** verdeling: distributions, gaps and checks for one period and region, replaced as a whole. */
@Configuration(proxyBeanMethods = false)
public class VerdelingJobConfiguration {

    @Bean
    public Job verdelingJob(JobRepository jobRepository, Step verdelingStep) {
        return new JobBuilder("verdeling", jobRepository)
                .start(verdelingStep)
                .build();
    }

    @Bean
    public Step verdelingStep(JobRepository jobRepository, PlatformTransactionManager tm, VerdelingBerekening berekening) {
        return Runstap.van("verdelingStep", jobRepository, tm, berekening::bereken);
    }
}
