package nl.regietafel.batch;

import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job registry that {@code JobOperator.restart} looks jobs up in. Without this bean Batch 6
 * fills a registry of its own while the operator is created, which is before the maand job
 * exists (that job's steps need the operator): a restart of maand then failed with "The Job
 * must not be null". As a bean, MapJobRegistry registers every job once all singletons exist.
 */
@Configuration(proxyBeanMethods = false)
public class JobRegisterConfiguratie {

    @Bean
    public JobRegistry jobRegistry() {
        return new MapJobRegistry();
    }
}
