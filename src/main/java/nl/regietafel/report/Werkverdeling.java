package nl.regietafel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The run's worker threads: one bounded pool ({@code regietafel.draden}, default the number of
 * cores) that the reading of the returns, every document's per-region loop and the factsheet
 * partitions share, so a national run keeps both cores busy without starting a pool per document. With 1 thread
 * everything runs in order on the caller's thread: the serial run the parallel one is compared to.
 *
 * <p>Results come back in the order of the input, so what a document prints does not depend on
 * which thread finished first. A task that fails is rethrown as it was thrown (its Dutch message
 * intact), after the other tasks of the call have ended.
 */
@Component
public class Werkverdeling implements AutoCloseable {

    private final int draden;
    private final ExecutorService pool;
    /** Set on the pool's own threads: a task that fans out again runs its parts itself (no deadlock). */
    private final ThreadLocal<Boolean> inPool = ThreadLocal.withInitial(() -> false);

    public Werkverdeling(@Value("${regietafel.draden:0}") int draden) {
        this.draden = draden > 0 ? draden : Runtime.getRuntime().availableProcessors();
        AtomicInteger nummer = new AtomicInteger();
        this.pool = this.draden == 1 ? null : Executors.newFixedThreadPool(this.draden, r -> {
            Thread t = new Thread(() -> {
                inPool.set(true);
                r.run();
            }, "rapportage-" + nummer.incrementAndGet());
            t.setDaemon(true); // never keeps the JVM alive after the job
            return t;
        });
    }

    /** Number of threads; 1 means serial. */
    public int draden() {
        return draden;
    }

    public boolean parallel() {
        return pool != null;
    }

    /** The pool for Spring Batch's partition handler; null when serial (the caller runs the partitions in order). */
    public ExecutorService pool() {
        return pool;
    }

    /** {@code werk} for each item, in parallel where possible; returns when all are done. */
    public <T> void elk(List<T> items, Consumer<T> werk) {
        verzamel(items, t -> {
            werk.accept(t);
            return null;
        });
    }

    /** {@code werk} for each item; the results in the order of {@code items}. */
    public <T, R> List<R> verzamel(List<T> items, Function<T, R> werk) {
        if (pool == null || items.size() < 2 || inPool.get()) {
            List<R> uit = new ArrayList<>(items.size());
            for (T t : items) uit.add(werk.apply(t));
            return uit;
        }
        List<Future<R>> taken = new ArrayList<>(items.size());
        for (T t : items) taken.add(pool.submit(() -> werk.apply(t)));
        List<R> uit = new ArrayList<>(items.size());
        Throwable fout = null;
        for (Future<R> f : taken) {
            try {
                uit.add(f.get());
            } catch (ExecutionException e) {
                if (fout == null) fout = e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                taken.forEach(x -> x.cancel(true));
                throw new IllegalStateException("Onderbroken tijdens het maken van de documenten", e);
            }
        }
        if (fout instanceof RuntimeException r) throw r;
        if (fout instanceof Error e) throw e;
        if (fout != null) throw new IllegalStateException(fout.getMessage(), fout);
        return uit;
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
