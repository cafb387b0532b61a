package nl.regietafel.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfielTest {

    @Test
    void zonderOptieGeenOpname() {
        assertThat(Profiel.start(new String[]{"--periode=2023-12", "--regietafel.profiel="})).isEmpty();
    }

    @Test
    void deLaatsteOptieTeltAlsAbsoluutPad() {
        assertThat(Profiel.bestand(new String[]{"--regietafel.profiel=a.jfr", "--regio=NL", "--regietafel.profiel=b.jfr"}))
                .contains(Path.of("b.jfr").toAbsolutePath());
    }

    @Test
    void deOpnameKomtInHetGevraagdeBestandMetDeUitvoeringsmonsters(@TempDir Path map) throws Exception {
        Path jfr = map.resolve("run.jfr");
        Optional<Recording> opname = Profiel.start(new String[]{"--regietafel.profiel=" + jfr});
        assertThat(opname).isPresent();
        long tot = System.nanoTime() + 300_000_000L;
        long x = 0;
        while (System.nanoTime() < tot) x += Long.toString(x).hashCode(); // something to sample
        opname.get().stop();
        opname.get().close();
        assertThat(Files.size(jfr)).isPositive();
        // the JDK's "profile" settings: execution samples and the compiler's statistics are in it
        boolean monsters = RecordingFile.readAllEvents(jfr).stream().anyMatch(e -> e.getEventType().getName().equals("jdk.ExecutionSample"));
        assertThat(monsters).as("uitvoeringsmonsters (x=%d)", x).isTrue();
    }
}
