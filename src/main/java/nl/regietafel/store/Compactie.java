package nl.regietafel.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.OptionalInt;

import javax.sql.DataSource;

/**
 * When an H2 file store is compacted. H2 compacts the file at every close, for up to 200 ms
 * ({@code MAX_COMPACT_TIME}): 25 to 60 ms at the end of every run of the month, the larger the
 * file the longer. The run's store is therefore opened with {@code MAX_COMPACT_TIME=0}, and
 * compacted in full ({@code SHUTDOWN COMPACT}) after the run only when less than {@link #DREMPEL}
 * percent of its chunks is in use. Measured over 20 runs of the Twente month from an empty store:
 * with H2's compaction at every close the file went from 0,6 to 1,8 MB and kept growing; this way
 * one run in four compacts and the file stays between 0,3 and 1,2 MB. A URL that sets
 * {@code MAX_COMPACT_TIME} itself is left as it is; PostgreSQL, and H2 in memory or as a server,
 * are left alone.
 */
public final class Compactie {

    /** Below this share of chunks in use (H2's {@code info.CHUNKS_FILL_RATE}, percent) the run compacts. */
    static final int DREMPEL = 50;

    private static final String INSTELLING = "MAX_COMPACT_TIME";

    private Compactie() {
    }

    /** {@code url} with {@code ;MAX_COMPACT_TIME=0} for an embedded H2 file store that does not set it; otherwise {@code url}. */
    public static String url(String url) {
        if (!StoreVooraf.h2Bestand(url) || url.toUpperCase(Locale.ROOT).contains(INSTELLING)) return url;
        return url + ";" + INSTELLING + "=0";
    }

    /** Whether the run's store is one this class compacts: {@code url} is what {@link #url} made of the configured one. */
    public static boolean beheerd(String geconfigureerd) {
        return !url(geconfigureerd).equals(geconfigureerd);
    }

    /**
     * Whether the store behind {@code bron} is to be compacted at the end of this run: less than
     * {@link #DREMPEL} percent of its chunks in use. Ask while the run's pool is open.
     */
    public static boolean nodig(DataSource bron) throws SQLException {
        try (Connection c = bron.getConnection(); Statement s = c.createStatement()) {
            OptionalInt gevuld = vulgraad(s);
            return gevuld.isPresent() && gevuld.getAsInt() < DREMPEL;
        }
    }

    /**
     * Compacts the store at {@code url} in full and closes it. Call it after the run's pool has
     * closed: the store is then opened on a connection of its own, so that no pooled connection
     * finds it closed.
     */
    public static void compacteren(String url, String gebruiker, String wachtwoord) throws SQLException {
        try (Connection c = StoreVooraf.verbinden(url, gebruiker, wachtwoord); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    /** H2's share of the file's chunks that is in use, in percent; empty when H2 does not say. */
    static OptionalInt vulgraad(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            if (!r.next()) return OptionalInt.empty();
            try {
                return OptionalInt.of(Integer.parseInt(r.getString(1).trim()));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
    }
}
