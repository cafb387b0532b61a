package nl.regietafel.launch;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work the run must have done before its job starts, done on a thread of its own while the main
 * thread starts Spring: on two cores that start-up leaves one mostly idle. {@link #afwachten}
 * waits for it and throws what it threw, as if it had run on the caller's thread.
 */
public final class Voorwerk {

    private final FutureTask<Void> taak;

    private Voorwerk(FutureTask<Void> taak) {
        this.taak = taak;
    }

    public static Voorwerk beginnen(Runnable werk) {
        FutureTask<Void> taak = new FutureTask<>(werk, null);
        Thread t = new Thread(taak, "regietafel-voorwerk");
        t.setDaemon(true); // a start-up that fails before waiting for it ends the process all the same
        t.start();
        return new Voorwerk(taak);
    }

    public void afwachten() {
        try {
            taak.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens de controle vooraf.", e);
        }
    }
}
