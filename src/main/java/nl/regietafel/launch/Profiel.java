package nl.regietafel.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * {@code --regietafel.profiel=run.jfr}: a flight recording (JDK Flight Recorder, the JDK's own
 * "profile" settings, with an execution sample every millisecond) of the process that does the job, written when it exits, for finding out
 * where a slow run's time goes (the benchmark reads it). Started in that process itself, so it
 * works with and without the start-up cache; without the option nothing of JFR is loaded.
 */
public final class Profiel {

    static final String OPTIE = "--regietafel.profiel=";

    private Profiel() {
    }

    /**
     * Starts the recording when the option asks for one, written at exit (or when the returned
     * recording is stopped); a recording that cannot start never stops the run.
     */
    public static Optional<Recording> start(String[] args) {
        Optional<Path> jfr = bestand(args);
        if (jfr.isEmpty()) return Optional.empty();
        try {
            Recording opname = new Recording(Configuration.getConfiguration("profile"));
            opname.setName("regietafel");
            // a run takes seconds: the settings' 10 ms between samples would give too few to tell the top apart
            opname.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            opname.setDestination(jfr.get());
            opname.setDumpOnExit(true);
            opname.start();
            return Optional.of(opname);
        } catch (IOException | ParseException | RuntimeException e) {
            System.err.println("regietafel: geen profiel (" + jfr.get() + "): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The last {@value #OPTIE} given, as an absolute path. */
    static Optional<Path> bestand(String[] args) {
        Optional<Path> jfr = Optional.empty();
        for (String a : args) {
            if (a.startsWith(OPTIE) && a.length() > OPTIE.length()) jfr = Optional.of(Path.of(a.substring(OPTIE.length())).toAbsolutePath());
        }
        return jfr;
    }
}
