package nl.regietafel.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top of a run's flight recording ({@code --regietafel.profiel=}), as lines for the
 * benchmark: Java execution samples by library (the first frame from the top that is not the
 * JDK's, so a HashMap lookup counts for the library that asked for it) and by method (self), and
 * what the samples do not see: the JIT compiler's total time, garbage-collection pauses, classes
 * loaded.
 */
final class Profielsamenvatting {

    /** Package prefixes to the library they belong to; the first match counts. */
    private static final Map<String, String> BIBLIOTHEKEN = new LinkedHashMap<>();

    static {
        BIBLIOTHEKEN.put("nl.regietafel.", "Regietafel zelf");
        BIBLIOTHEKEN.put("org.xhtmlrenderer.", "Flying Saucer (PDF-opmaak)");
        BIBLIOTHEKEN.put("com.lowagie.", "OpenPDF (PDF schrijven)");
        BIBLIOTHEKEN.put("org.apache.xmlbeans.", "POI: XMLBeans");
        BIBLIOTHEKEN.put("org.openxmlformats.", "POI: XMLBeans");
        BIBLIOTHEKEN.put("org.apache.poi.", "POI");
        BIBLIOTHEKEN.put("org.apache.commons.compress.", "POI: zip (commons-compress)");
        BIBLIOTHEKEN.put("freemarker.", "FreeMarker");
        BIBLIOTHEKEN.put("org.jfree.", "JFreeChart");
        BIBLIOTHEKEN.put("org.h2.", "H2");
        BIBLIOTHEKEN.put("org.flywaydb.", "Flyway");
        BIBLIOTHEKEN.put("org.springframework.batch.", "Spring Batch");
        BIBLIOTHEKEN.put("org.springframework.", "Spring");
        BIBLIOTHEKEN.put("tools.jackson.", "Jackson/YAML");
        BIBLIOTHEKEN.put("com.fasterxml.", "Jackson/YAML");
        BIBLIOTHEKEN.put("org.snakeyaml.", "Jackson/YAML");
        BIBLIOTHEKEN.put("ch.qos.logback.", "Logback");
        BIBLIOTHEKEN.put("com.zaxxer.", "HikariCP");
    }

    private Profielsamenvatting() {
    }

    static List<String> regels(Path jfr, int top) throws IOException {
        List<RecordedEvent> alle = RecordingFile.readAllEvents(jfr);
        List<RecordedEvent> monsters = alle.stream().filter(e -> naam(e).equals("jdk.ExecutionSample") && e.getStackTrace() != null
                && !e.getStackTrace().getFrames().isEmpty()).toList();
        List<String> uit = new ArrayList<>();
        uit.add(String.format(Locale.ROOT, "Java-uitvoeringsmonsters: %d (om de ms, alleen draden die Java-code uitvoeren)", monsters.size()));
        uit.add("  naar bibliotheek (de eerste niet-JDK-frame van boven):");
        telling(monsters, Profielsamenvatting::bibliotheek).entrySet().stream().limit(top)
                .forEach(r -> uit.add(String.format(Locale.ROOT, "    %5.1f %%  %s", 100.0 * r.getValue() / monsters.size(), r.getKey())));
        uit.add("  naar methode (zelf):");
        telling(monsters, e -> methode(e.getStackTrace().getFrames().get(0))).entrySet().stream().limit(top)
                .forEach(r -> uit.add(String.format(Locale.ROOT, "    %5.1f %%  %s", 100.0 * r.getValue() / monsters.size(), r.getKey())));
        laatste(alle, "jdk.CompilerStatistics").ifPresent(c -> uit.add(String.format(Locale.ROOT,
                "JIT-compiler: %d methoden vertaald, samen %.2f s compilertijd", c.getInt("compileCount"),
                c.getDuration("totalTimeSpent").toMillis() / 1000.0)));
        List<RecordedEvent> gc = alle.stream().filter(e -> naam(e).equals("jdk.GarbageCollection")).toList();
        Duration pauzes = gc.stream().map(e -> e.getDuration("sumOfPauses")).reduce(Duration.ZERO, Duration::plus);
        uit.add(String.format(Locale.ROOT, "Garbage collection: %d keer, samen %.2f s pauze", gc.size(), pauzes.toMillis() / 1000.0));
        laatste(alle, "jdk.ClassLoadingStatistics").ifPresent(c -> uit.add("Klassen geladen: " + c.getLong("loadedClassCount")));
        return uit;
    }

    private static String naam(RecordedEvent e) {
        return e.getEventType().getName();
    }

    private static java.util.Optional<RecordedEvent> laatste(List<RecordedEvent> alle, String soort) {
        return alle.stream().filter(e -> naam(e).equals(soort)).reduce((a, b) -> b);
    }

    /** Counts, largest first (ties by name, so two runs print the same order). */
    private static Map<String, Long> telling(List<RecordedEvent> monsters, Function<RecordedEvent, String> sleutel) {
        Map<String, Long> n = monsters.stream().collect(Collectors.groupingBy(sleutel, TreeMap::new, Collectors.counting()));
        return n.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    static String bibliotheek(RecordedEvent monster) {
        for (RecordedFrame f : monster.getStackTrace().getFrames()) {
            String klasse = f.getMethod().getType().getName();
            for (Map.Entry<String, String> b : BIBLIOTHEKEN.entrySet()) {
                if (klasse.startsWith(b.getKey())) return b.getValue();
            }
        }
        return "JDK";
    }

    private static String methode(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
