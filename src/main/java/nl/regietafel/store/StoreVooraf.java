package nl.regietafel.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.springframework.core.env.Environment;

/**
 * Opens an H2 file store on a thread of its own while Spring starts: H2 reads the file on its
 * first connection, ~60 ms of the main thread in {@link Schemamigratie} otherwise. The pool's
 * own first connection to the same URL then finds the database open in this JVM. This
 * connection is closed once the pool holds its own ({@link #sluiten}), so the store closes at
 * the end of the run as before. It opens the store only after {@code eerst} has passed (the
 * pre-check: a run that fails it opens no store), and fails quietly: the pool's own attempt
 * then fails the same way, with the same message (a store in use by another run, a broken
 * file). Only H2's embedded file stores: PostgreSQL, and H2 in memory or as a server, are left alone.
 */
public final class StoreVooraf {

    private CompletableFuture<Connection> verbinding = CompletableFuture.completedFuture(null);
    private boolean gesloten;

    /** Starts opening the store that {@code spring.datasource.*} names, if it is an H2 file store. */
    public synchronized void beginnen(Environment omgeving, Runnable eerst) {
        String url = omgeving.getProperty("spring.datasource.url");
        if (!h2Bestand(url)) return;
        String gebruiker = omgeving.getProperty("spring.datasource.username");
        String wachtwoord = omgeving.getProperty("spring.datasource.password");
        CompletableFuture<Connection> toekomst = new CompletableFuture<>();
        verbinding = toekomst;
        Thread t = new Thread(() -> toekomst.complete(openen(url, gebruiker, wachtwoord, eerst)), "regietafel-store");
        t.setDaemon(true);
        t.start();
    }

    /** Whether this is an embedded H2 file store: no prefix, or {@code file:}, after {@code jdbc:h2:}. */
    static boolean h2Bestand(String url) {
        if (url == null) return false;
        String u = url.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:h2:")) return false;
        String rest = u.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:")
                && !rest.startsWith("zip:") && !u.contains("auto_server=true");
    }

    private Connection openen(String url, String gebruiker, String wachtwoord, Runnable eerst) {
        try {
            eerst.run();
            synchronized (this) {
                if (gesloten) return null;
            }
            return verbinden(url, gebruiker, wachtwoord);
        } catch (Exception | LinkageError e) {
            return null; // the pool's own connection says what is wrong
        }
    }

    /** A connection of its own to the H2 store at {@code url}, past the pool; a missing user or password is empty. */
    static Connection verbinden(String url, String gebruiker, String wachtwoord) throws SQLException {
        Properties inlog = new Properties();
        inlog.setProperty("user", gebruiker == null ? "" : gebruiker);
        inlog.setProperty("password", wachtwoord == null ? "" : wachtwoord);
        Driver h2;
        try {
            h2 = (Driver) Class.forName("org.h2.Driver", true, StoreVooraf.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("H2 ontbreekt", e);
        }
        return h2.connect(url, inlog);
    }

    /** Closes this connection (waiting for it while it is being opened); the pool keeps the store open. */
    public void sluiten() {
        synchronized (this) {
            gesloten = true;
        }
        Connection c = verbinding.join();
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            // only this head start's connection: the pool's are not affected
        }
    }
}
