package nl.regietafel.batch;

import java.nio.file.Path;

import nl.regietafel.ingest.LandelijkImport;
import nl.regietafel.ingest.ReferentieImport;
import nl.regietafel.ingest.RetourImport;
import nl.regietafel.ingest.RetourImport.GelezenRetour;
import nl.regietafel.report.Werkverdeling;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * import: reference data, national documents, then the month's returns. Each file is stored in
 * its own transaction and recognised by its content hash, so a restart after a crash neither
 * duplicates nor loses a file.
 */
@Configuration
public class ImportJobConfiguration {

    @Bean
    public Job importJob(JobRepository jobRepository, Step referentieStep, Step landelijkStep, Step retourenStep) {
        return new JobBuilder("import", jobRepository)
                .start(referentieStep)
                .next(landelijkStep)
                .next(retourenStep)
                .build();
    }

    @Bean
    public Step referentieStep(JobRepository jobRepository, PlatformTransactionManager tm, ReferentieImport referentie) {
        return new StepBuilder("referentieStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    referentie.importeer(Run.van(chunk.getStepContext().getStepExecution().getJobParameters()));
                    return null;
                }, tm)
                .build();
    }

    @Bean
    public Step landelijkStep(JobRepository jobRepository, PlatformTransactionManager tm, LandelijkImport landelijk) {
        return new StepBuilder("landelijkStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    landelijk.importeer(Run.van(chunk.getStepContext().getStepExecution().getJobParameters()));
                    return null;
                }, tm)
                .build();
    }

    /** One return per chunk: a bad file is rejected alone and never takes good ones with it. */
    @Bean
    public Step retourenStep(JobRepository jobRepository, PlatformTransactionManager tm,
                             ListItemReader<Path> retourBestandenReader, ItemProcessor<Path, GelezenRetour> retourProcessor,
                             RetourImport retouren, VoortgangListener voortgang) {
        return new StepBuilder("retourenStep", jobRepository)
                .<Path, GelezenRetour>chunk(1)
                .transactionManager(tm)
                .reader(retourBestandenReader)
                .processor(retourProcessor)
                .writer(chunk -> chunk.forEach(retouren::bewaar))
                .listener(voortgang)
                .build();
    }

    @Bean
    @StepScope
    public ListItemReader<Path> retourBestandenReader(@Value("#{jobParameters['input']}") String input,
                                                      @Value("#{jobParameters['periode']}") String periode,
                                                      RetourImport retouren) {
        return new ListItemReader<>(retouren.bestanden(Path.of(input), periode));
    }

    @Bean
    @StepScope
    public ItemProcessor<Path, GelezenRetour> retourProcessor(@Value("#{stepExecution}") StepExecution stepExecution,
                                                              @Value("#{jobParameters['input']}") String input,
                                                              @Value("#{jobParameters['periode']}") String periode,
                                                              RetourImport retouren, Werkverdeling werk) {
        Run run = Run.van(stepExecution.getJobParameters());
        // the reader's list: the files are read a few ahead on both cores, stored one by one in order
        Vooruitlezer vooruit = new Vooruitlezer(retouren.bestanden(Path.of(input), periode), b -> retouren.lees(run, b),
                retouren::herbevestig, werk);
        return vooruit::lees;
    }

}
