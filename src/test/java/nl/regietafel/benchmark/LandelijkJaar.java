package nl.regietafel.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.stream.Stream;

import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.ingest.ReferentieReader;

/**
 * The national year of the benchmark: the synthetic national month's input with a return of every
 * gemeente for each of the 13 months December 2022 to December 2023 (342 × 13 = 4.446 returns),
 * then one run of the last month on an empty store. What that run imports is read from its store
 * afterwards (returns per period), so the figure says itself whether the run imported the earlier
 * periods too (a run that builds its history from {@code input/retouren/}) or only its own month.
 */
final class LandelijkJaar {

    static final YearMonth EERSTE = Benchmark.PERIODE;
    static final YearMonth LAATSTE = YearMonth.of(2023, 12);

    /** What one run of the last month left in its store: returns and periods imported, bytes on disk. */
    record Store(long retouren, long perioden, long bytes) {
    }

    private LandelijkJaar() {
    }

    /** {@code jaar} as a copy of the national month's input plus the returns of the twelve later months. */
    static Path genereer(Path maand, Path jaar) throws IOException {
        org.springframework.util.FileSystemUtils.copyRecursively(maand, jaar);
        ReferentieReader.Referentie ref = LandelijkeMaand.referentie(jaar.resolve("referentie"));
        Gebiedsindeling indeling = ref.indeling();
        Populatieset cbs = ref.populatiesets().get(ReferentieReader.CBS_2022);
        var taakstelling = LandelijkeMaand.taakstelling(indeling, cbs);
        for (YearMonth p = EERSTE.plusMonths(1); !p.isAfter(LAATSTE); p = p.plusMonths(1)) {
            LandelijkeMaand.retouren(jaar, p, indeling, cbs, taakstelling);
        }
        return jaar;
    }

    static int maanden() {
        return (int) (EERSTE.until(LAATSTE, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** Read from the H2 file store after the run (the jar has ended, so the file is free). */
    static Store store(Path db) {
        long retouren = -1;
        long perioden = -1;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT periode) FROM retour")) {
            if (rs.next()) {
                retouren = rs.getLong(1);
                perioden = rs.getLong(2);
            }
        } catch (Exception e) {
            System.out.println("  jaar: store niet leesbaar: " + e.getMessage());
        }
        return new Store(retouren, perioden, grootte(db.getParent()));
    }

    static long grootte(Path map) {
        try (Stream<Path> s = Files.walk(map)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
