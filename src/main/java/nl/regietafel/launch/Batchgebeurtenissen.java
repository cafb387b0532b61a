package nl.regietafel.launch;

import org.springframework.batch.core.observability.jfr.events.job.JobExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.job.JobLaunchEvent;
import org.springframework.batch.core.observability.jfr.events.step.StepExecutionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkTransactionEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ChunkWriteEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemProcessEvent;
import org.springframework.batch.core.observability.jfr.events.step.chunk.ItemReadEvent;
import org.springframework.batch.core.observability.jfr.events.step.tasklet.TaskletExecutionEvent;

/**
 * Spring Batch's Flight Recorder events, which a job's start and its steps use. Each registers
 * itself with the Flight Recorder when its class is initialised, and the first one sets up the
 * recorder's metadata: ~33 ms on the main thread when the job starts, which the warm-up's thread
 * can spend earlier. Initialising a class is the same on any thread, and happens once.
 */
final class Batchgebeurtenissen {

    /** In the order a run meets them. */
    private static final Class<?>[] KLASSEN = {JobLaunchEvent.class, JobExecutionEvent.class, StepExecutionEvent.class,
            TaskletExecutionEvent.class, ChunkTransactionEvent.class, ItemReadEvent.class, ItemProcessEvent.class,
            ChunkWriteEvent.class};

    private Batchgebeurtenissen() {
    }

    /** @throws ClassNotFoundException not for these classes: they are named in this file */
    static void initialiseren() throws ClassNotFoundException {
        for (Class<?> klasse : KLASSEN) {
            Class.forName(klasse.getName(), true, klasse.getClassLoader());
        }
    }
}
