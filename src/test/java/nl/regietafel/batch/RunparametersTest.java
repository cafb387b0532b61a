package nl.regietafel.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import nl.regietafel.run.Run;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;

class RunparametersTest {

    private static final Run RUN = new Run(YearMonth.of(2022, 12), "VR05", Path.of("/werk/input"), Path.of("/werk/output"),
            "20261204-203000-123");

    @Test
    void eenRunKomtOngewijzigdTerugUitZijnJobparameters() {
        JobParameters p = Runparameters.van(RUN);

        assertThat(p.getString("periode")).isEqualTo("2022-12");
        assertThat(p.getString("run")).isEqualTo("20261204-203000-123");
        assertThat(Runparameters.van(p)).isEqualTo(RUN);
    }

    @Test
    void zelfdeWerkIsMaandRegioEnMappenNietHetRunId() {
        JobParameters p = Runparameters.van(RUN);

        assertThat(Runparameters.zelfdeWerk(new Run(RUN.periode(), "VR05", RUN.input(), RUN.output(), "ander-id"), p)).isTrue();
        assertThat(Runparameters.zelfdeWerk(new Run(YearMonth.of(2023, 1), "VR05", RUN.input(), RUN.output(), RUN.runId()), p)).isFalse();
        assertThat(Runparameters.zelfdeWerk(new Run(RUN.periode(), "VR01", RUN.input(), RUN.output(), RUN.runId()), p)).isFalse();
        assertThat(Runparameters.zelfdeWerk(new Run(RUN.periode(), "VR05", RUN.input(), Path.of("/elders"), RUN.runId()), p)).isFalse();
    }
}
