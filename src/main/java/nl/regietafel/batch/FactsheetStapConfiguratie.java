package nl.regietafel.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.report.Werkverdeling;
import nl.regietafel.report.factsheet.Factsheets;
import nl.regietafel.store.ReferentieRepository;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The factsheets step of the rapportage job: a partitioned step. {@link #factsheetPartitioner}
 * cuts the run's gemeenten into partitions of at most {@code regietafel.factsheets.per-partitie}
 * gemeenten of one veiligheidsregio ({@code VR05-0}, {@code VR05-1}, …); the worker step
 * {@code factsheetStep} renders one partition; the run's rendering threads ({@link Werkverdeling},
 * one per core) run the partitions. Templates and fonts are the run's
 * singletons; the region's month is built once and shared ({@code Maandcache}).
 *
 * <p>Restart: Spring Batch re-runs only the partitions that did not complete, with the same
 * names, and the worker skips gemeenten whose two files already exist in the staging folder.
 */
@Configuration(proxyBeanMethods = false)
public class FactsheetStapConfiguratie {

    static final String REGIO = "regio";
    static final String GEMEENTEN = "gemeenten";

    @Bean
    public Step factsheetsStep(JobRepository jobRepository, Partitioner factsheetPartitioner, Step factsheetStep,
                               Werkverdeling werk, VoortgangListener voortgang) {
        // The run's rendering threads, shared with the documents made beside the factsheets: two cores, two threads.
        TaskExecutor uitvoerder = werk.parallel() ? new TaskExecutorAdapter(werk.pool()) : new SyncTaskExecutor();
        return new StepBuilder("factsheetsStep", jobRepository)
                .partitioner("factsheetStep", factsheetPartitioner)
                .step(factsheetStep)
                .gridSize(werk.draden())
                .taskExecutor(uitvoerder)
                .listener(voortgang) // "factsheetsStep: 14 gelezen, 14 verwerkt" (summed over the partitions)
                .build();
    }

    /** One partition: the gemeenten of its execution context, rendered in one transaction of the metadata. */
    @Bean
    public Step factsheetStep(JobRepository jobRepository, PlatformTransactionManager tm, Factsheets factsheets) {
        return new StepBuilder("factsheetStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var stap = chunk.getStepContext().getStepExecution();
                    ExecutionContext context = stap.getExecutionContext();
                    List<String> codes = List.of(context.getString(GEMEENTEN).split(","));
                    int gemaakt = factsheets.render(Runparameters.van(stap.getJobParameters()), context.getString(REGIO), codes);
                    codes.forEach(c -> contribution.incrementReadCount());
                    contribution.incrementWriteCount(gemaakt);
                    return null;
                }, tm)
                .build();
    }

    @Bean
    @StepScope
    public Partitioner factsheetPartitioner(@Value("#{jobParameters['regio']}") String regio,
                                            @Value("${regietafel.factsheets.per-partitie:4}") int perPartitie,
                                            ReferentieRepository referentie) {
        return gridSize -> partities(referentie, regio, perPartitie);
    }

    /** Partitions of at most {@code perPartitie} gemeenten, never across veiligheidsregio's; names stable per run. */
    static Map<String, ExecutionContext> partities(ReferentieRepository referentie, String regio, int perPartitie) {
        var indeling = referentie.indeling();
        Map<String, ExecutionContext> partities = new LinkedHashMap<>();
        for (Gebied vr : nl.regietafel.domain.regio.Werkgebieden.veiligheidsregios(regio, indeling)) {
            List<String> codes = new ArrayList<>(indeling.gemeenten(vr.code()).stream().map(Gemeente::code).toList());
            for (int i = 0, n = 0; i < codes.size(); i += perPartitie, n++) {
                ExecutionContext context = new ExecutionContext();
                context.putString(REGIO, vr.code());
                context.putString(GEMEENTEN, String.join(",", codes.subList(i, Math.min(codes.size(), i + perPartitie))));
                partities.put(vr.code() + "-" + n, context);
            }
        }
        return partities;
    }
}
