package nl.regietafel.batch;

import nl.regietafel.report.factsheet.Factsheets;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The factsheets step of the rapportage job (one factsheet per gemeente). */
@Configuration
public class FactsheetStapConfiguratie {

    @Bean
    public Step factsheetsStep(JobRepository jobRepository, PlatformTransactionManager tm, Factsheets factsheets) {
        return RapportageJobConfiguration.stap("factsheetsStep", jobRepository, tm, factsheets::render);
    }
}
