package nl.regietafel.batch;


import nl.regietafel.report.Publicatie;
import nl.regietafel.report.controle.Controlerapport;
import nl.regietafel.report.index.Indexpagina;
import nl.regietafel.report.maandpakket.Maandpakket;
import nl.regietafel.report.procesplan.ProcesplanTabellen;
import nl.regietafel.report.prt.PrtInbreng;
import nl.regietafel.verzend.Distributie;
import nl.regietafel.verzend.Verzending;

import nl.regietafel.report.Werkverdeling;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * rapportage: renders every document of SPEC §6 into a staging folder, then publishes it in one
 * move, so that a failed run leaves the previously published package of the period as it was.
 * The documents that do not read each other are made side by side on both cores: the region
 * documents (controlerapport, procesplan, maandpakket, PRT) beside the gemeente documents
 * (factsheets, uitvraag, then the distributielijst, which lists the gemeente documents); the
 * index, which lists everything that was made, comes after both. With {@code regietafel.draden=1}
 * the same steps run in order on one thread.
 * The factsheets and uitvraag steps are wired in their own configuration classes.
 */
@Configuration(proxyBeanMethods = false)
public class RapportageJobConfiguration {

    @Bean
    public Job rapportageJob(JobRepository jobRepository, Step procesplanStep, Step maandpakketStep, Step prtStep,
                             Step factsheetsStep, Step uitvraagStep, Step controlerapportStep, Step distributieStep,
                             Step indexStep, Step publicatieStep, Step verzendStep, Werkverdeling werk) {
        // the controlerapport is one document on one thread: first, while the factsheets fill the other core, not
        // last, when the other flow is done and one core would wait for it (national month: 0,4 s on one core)
        Flow regiodocumenten = new FlowBuilder<SimpleFlow>("regiodocumenten")
                .start(controlerapportStep)
                .next(procesplanStep)
                .next(maandpakketStep)
                .next(prtStep)
                .build();
        // the distributielijst lists only the gemeente documents: it follows them, beside the region documents
        Flow gemeentedocumenten = new FlowBuilder<SimpleFlow>("gemeentedocumenten")
                .start(factsheetsStep)
                .next(uitvraagStep)
                .next(distributieStep)
                .build();
        Flow documenten = new FlowBuilder<SimpleFlow>("documenten")
                .split(werk.parallel() ? stroomuitvoerder() : new SyncTaskExecutor())
                .add(regiodocumenten, gemeentedocumenten)
                .build();
        return new JobBuilder("rapportage", jobRepository)
                .start(documenten)
                .next(indexStep)
                .next(publicatieStep)
                .next(verzendStep)
                .end()
                .build();
    }

    /** The two flows' own threads: they mostly wait for the rendering threads of {@link Werkverdeling}. */
    private static SimpleAsyncTaskExecutor stroomuitvoerder() {
        SimpleAsyncTaskExecutor uitvoerder = new SimpleAsyncTaskExecutor("documenten-");
        uitvoerder.setConcurrencyLimit(2);
        uitvoerder.setDaemon(true);
        return uitvoerder;
    }

    @Bean
    public Step procesplanStep(JobRepository jobRepository, PlatformTransactionManager tm, ProcesplanTabellen tabellen) {
        return Runstap.van("procesplanStep", jobRepository, tm, tabellen::render);
    }

    @Bean
    public Step maandpakketStep(JobRepository jobRepository, PlatformTransactionManager tm, Maandpakket maandpakket) {
        return Runstap.van("maandpakketStep", jobRepository, tm, maandpakket::render);
    }

    @Bean
    public Step prtStep(JobRepository jobRepository, PlatformTransactionManager tm, PrtInbreng prt) {
        return Runstap.van("prtStep", jobRepository, tm, prt::render);
    }

    @Bean
    public Step controlerapportStep(JobRepository jobRepository, PlatformTransactionManager tm, Controlerapport rapport) {
        return Runstap.van("controlerapportStep", jobRepository, tm, rapport::render);
    }

    @Bean
    public Step distributieStep(JobRepository jobRepository, PlatformTransactionManager tm, Distributie distributie) {
        return Runstap.van("distributieStep", jobRepository, tm, distributie::schrijfLijst);
    }

    @Bean
    public Step indexStep(JobRepository jobRepository, PlatformTransactionManager tm, Indexpagina index) {
        return Runstap.van("indexStep", jobRepository, tm, index::render);
    }

    @Bean
    public Step publicatieStep(JobRepository jobRepository, PlatformTransactionManager tm, Publicatie publicatie) {
        return Runstap.van("publicatieStep", jobRepository, tm, publicatie::publiceer);
    }

    /** Sends each gemeente its factsheet and uitvraag (SPEC §9); does nothing unless regietafel.verzend.actief. */
    @Bean
    public Step verzendStep(JobRepository jobRepository, PlatformTransactionManager tm, Verzending verzending) {
        return Runstap.van("verzendStep", jobRepository, tm, verzending::verzend);
    }
}
