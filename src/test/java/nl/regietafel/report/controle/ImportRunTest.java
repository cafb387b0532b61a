package nl.regietafel.report.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import nl.regietafel.run.Run;
import nl.regietafel.store.Importhistorie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/** The import a run's controlerapport and index show: looked up once per run, this run's own when there is none. */
class ImportRunTest {

    @TempDir
    Path tmp;

    static Run run(String runId) {
        return new Run(YearMonth.of(2023, 12), "VR05", Path.of("/invoer"), Path.of("/uitvoer"), runId);
    }

    @Test
    void zonder_voltooide_import_van_de_periode_toont_de_run_zijn_eigen_id() throws Exception {
        try (Importhistorie historie = Importhistorie.h2(tmp)) {
            historie.uitvoering("import", "2023-11", "run-1", BatchStatus.COMPLETED);
            historie.uitvoering("import", "2023-12", "run-2", BatchStatus.FAILED);
            Controlerapport rapport = new Controlerapport(null, historie.controle(), null, null, null);

            assertThat(rapport.importRun(run("run-3"))).isEqualTo("run-3");
        }
    }

    @Test
    void de_keuze_geldt_voor_de_hele_run_en_een_volgende_run_kiest_opnieuw() throws Exception {
        try (Importhistorie historie = Importhistorie.h2(tmp)) {
            historie.uitvoering("import", "2023-12", "run-1", BatchStatus.COMPLETED);
            Controlerapport rapport = new Controlerapport(null, historie.controle(), null, null, null);
            assertThat(rapport.importRun(run("rapportage-1"))).isEqualTo("run-1");

            historie.uitvoering("import", "2023-12", "run-2", BatchStatus.COMPLETED);

            assertThat(rapport.importRun(run("rapportage-1"))).isEqualTo("run-1");
            assertThat(rapport.importRun(run("rapportage-2"))).isEqualTo("run-2");
        }
    }
}
