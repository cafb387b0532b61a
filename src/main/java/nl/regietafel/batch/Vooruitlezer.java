package nl.regietafel.batch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import nl.regietafel.ingest.RetourImport.GelezenRetour;
import nl.regietafel.report.Werkverdeling;

/**
 * Reads the month's returns a few files ahead of the step on the run's worker threads, so that
 * reading (most of the import's time) uses both cores while storing stays one file per
 * transaction, in file order. The step asks for the files in the order they were listed; a file
 * asked for out of turn is simply read on the step's own thread.
 */
final class Vooruitlezer {

    /** Files read ahead: enough to keep both threads busy, few enough to hold little in memory. */
    static final int VOORUIT = 6;

    private final List<Path> bestanden;
    private final Function<Path, GelezenRetour> lees;
    private final UnaryOperator<GelezenRetour> herbevestig;
    private final Werkverdeling werk;
    private final Deque<CompletableFuture<GelezenRetour>> onderweg = new ArrayDeque<>();
    private int volgende;
    private int gevraagd;

    /** {@code herbevestig} turns a read made ahead into the read that storing it now would have seen. */
    Vooruitlezer(List<Path> bestanden, Function<Path, GelezenRetour> lees, UnaryOperator<GelezenRetour> herbevestig,
                 Werkverdeling werk) {
        this.bestanden = bestanden;
        this.lees = lees;
        this.herbevestig = herbevestig;
        this.werk = werk;
    }

    GelezenRetour lees(Path bestand) {
        if (!werk.parallel() || gevraagd >= bestanden.size() || !bestanden.get(gevraagd).equals(bestand)) {
            return lees.apply(bestand);
        }
        while (volgende < bestanden.size() && volgende <= gevraagd + VOORUIT) {
            Path b = bestanden.get(volgende++);
            onderweg.add(CompletableFuture.supplyAsync(() -> lees.apply(b), werk.pool()));
        }
        gevraagd++;
        try {
            return herbevestig.apply(onderweg.removeFirst().join());
        } catch (CompletionException e) {
            // as the serial read would have thrown it, with its own message
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error f) throw f;
            throw e;
        }
    }
}
