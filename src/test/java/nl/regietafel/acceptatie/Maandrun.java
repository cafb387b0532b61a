package nl.regietafel.acceptatie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.run.Run;

/** A run of the shipped sample month into a fresh output folder, as the tests start it. */
final class Maandrun {

    static final Path INPUT = Path.of("input");
    static final YearMonth DECEMBER_2022 = YearMonth.of(2022, 12);

    private Maandrun() {
    }

    static Run twente(Path output) {
        return Run.van(new Opdracht("maand", DECEMBER_2022, "VR05", INPUT, output), JobStarter.nieuwRunId());
    }

    /** The whole month of Twente ("maand" job) into a fresh folder; returns its period folder. */
    static Path pakket(JobStarter starter, String naam) throws Exception {
        Path output = tempOutput(naam);
        org.assertj.core.api.Assertions.assertThat(starter.start("maand", twente(output)).getStatus())
                .isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
        return output.resolve(DECEMBER_2022.toString());
    }

    static Path tempOutput(String naam) throws Exception {
        return Tijdelijk.map("regietafel-" + naam);
    }
}
