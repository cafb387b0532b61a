package nl.regietafel.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/** The periods an input folder holds: the folders named jjjj-mm under {@code retouren/}. */
public final class Maandmappen {

    private Maandmappen() {
    }

    /** Oldest first; none without a {@code retouren/} folder. A folder named like 2023-13 is no period. */
    public static List<YearMonth> perioden(Path input) {
        Path map = input.resolve("retouren");
        if (!Files.isDirectory(map)) return List.of();
        try (Stream<Path> mappen = Files.list(map)) {
            return mappen.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{4}-\\d{2}"))
                    .flatMap(Maandmappen::alsMaand)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<YearMonth> alsMaand(String naam) {
        try {
            return Stream.of(YearMonth.parse(naam));
        } catch (DateTimeParseException e) {
            return Stream.empty();
        }
    }
}
