package nl.regietafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Which import the controlerapport shows: the period's latest completed import, found among
 * import runs of several periods, failed ones, a restarted one and other jobs.
 */
public class LaatsteImportTest {

    @TempDir
    Path tmp;

    Importhistorie historie;
    ControleRepository store;

    /** An empty store; the PostgreSQL variant gives its own. */
    protected Importhistorie historie() throws Exception {
        return Importhistorie.h2(tmp);
    }

    @BeforeEach
    void leeg() throws Exception {
        historie = historie();
        store = historie.controle();
    }

    @AfterEach
    void sluiten() {
        historie.close();
    }

    @Test
    void de_nieuwste_voltooide_import_van_de_periode_telt() {
        historie.uitvoering("import", "2023-12", "run-1", BatchStatus.COMPLETED);
        historie.uitvoering("import", "2023-11", "run-2", BatchStatus.COMPLETED);
        historie.uitvoering("import", "2023-12", "run-3", BatchStatus.COMPLETED);
        historie.uitvoering("import", "2023-11", "run-4", BatchStatus.COMPLETED);
        historie.uitvoering("import", "2023-12", "run-5", BatchStatus.FAILED);
        historie.uitvoering("rapportage", "2023-12", "run-6", BatchStatus.COMPLETED);

        assertThat(store.laatsteImport("2023-12")).contains("run-3");
        assertThat(store.laatsteImport("2023-11")).contains("run-4");
        assertThat(store.laatsteImport("2023-10")).isEmpty();
    }

    @Test
    void een_hervatte_import_telt_met_zijn_voltooide_uitvoering() {
        historie.uitvoering("import", "2023-12", "run-1", BatchStatus.COMPLETED);
        JobExecution mislukt = historie.uitvoering("import", "2023-12", "run-2", BatchStatus.FAILED);
        historie.uitvoering("import", "2023-12", "run-3", BatchStatus.FAILED);
        assertThat(store.laatsteImport("2023-12")).contains("run-1");

        historie.hervat(mislukt, BatchStatus.COMPLETED);

        assertThat(store.laatsteImport("2023-12")).contains("run-2");
    }

    @Test
    void een_oude_import_telt_ook_achter_meer_dan_tweehonderd_nieuwere() {
        historie.uitvoering("import", "2022-12", "run-oud", BatchStatus.COMPLETED);
        for (int i = 0; i < 201; i++) {
            historie.uitvoering("import", "2023-12", "run-" + i, BatchStatus.COMPLETED);
        }

        assertThat(store.laatsteImport("2022-12")).contains("run-oud");
        assertThat(store.laatsteImport("2023-12")).contains("run-200");
    }
}
