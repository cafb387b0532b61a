package nl.regietafel.batch;

import java.nio.file.Path;

import nl.regietafel.ingest.Geschiedenis;
import nl.regietafel.ingest.LandelijkImport;
import nl.regietafel.ingest.ReferentieImport;
import nl.regietafel.ingest.RetourImport;
import nl.regietafel.ingest.RetourImport.GelezenRetour;
import nl.regietafel.report.Werkverdeling;
import nl.regietafel.run.Run;

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
 * import: reference data, national documents, the returns of the earlier periods present in the
 * input (the history the trends and series need), then the month's returns. Each file is stored in
 * its own transaction and recognised by its content hash, so a restart after a crash neither
 * duplicates nor loses a file.
 */
@Configuration(proxyBeanMethods = false)
public class ImportJobConfiguration {

    @Bean
    public Job importJob(JobRepository jobRepository, Step referentieStep, Step landelijkStep, Step geschiedenisStep,
                         Step retourenStep) {
        return new JobBuilder("import", jobRepository)
                .start(referentieStep)
                .next(landelijkStep)
                .next(geschiedenisStep)
                .next(retourenStep)
                .build();
    }

    @Bean
    public Step referentieStep(JobRepository jobRepository, PlatformTransactionManager tm, ReferentieImport referentie) {
        return Runstap.van("referentieStep", jobRepository, tm, referentie::importeer);
    }

    @Bean
    public Step landelijkStep(JobRepository jobRepository, PlatformTransactionManager tm, LandelijkImport landelijk) {
        return Runstap.van("landelijkStep", jobRepository, tm, landelijk::importeer);
    }

    /** Earlier periods first, each file in its own transaction; files stored before are only hashed. */
    @Bean
    public Step geschiedenisStep(JobRepository jobRepository, PlatformTransactionManager tm, Geschiedenis geschiedenis) {
        return Runstap.van("geschiedenisStep", jobRepository, tm, geschiedenis::importeer);
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
        Run run = Runparameters.van(stepExecution.getJobParameters());
        // the reader's list: the files are read a few ahead on both cores, stored one by one in order
        Vooruitlezer vooruit = new Vooruitlezer(retouren.bestanden(Path.of(input), periode), b -> retouren.lees(run, b),
                retouren::herbevestig, werk);
        return vooruit::lees;
    }

}
