package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.ingest.Bestanden;
import nl.regietafel.run.Run;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the robustness tests share: a private copy of the sample input, an empty store, jobs
 * started through {@link JobStarter} as the command line does, and a snapshot of every stored
 * figure to compare before and after a bad file.
 */
final class Invoerbank {

    static final YearMonth DECEMBER_2022 = YearMonth.of(2022, 12);
    static final String RETOURMAP = "retouren/2022-12";

    /** Child tables first. Batch metadata stays: each run has its own id. */
    private static final List<String> TABELLEN = List.of("controle", "verdeling_regel", "berekening", "knelpunt",
            "statushouders", "locatie", "retour", "landelijk_cijfer", "bron_document", "melding", "invoerbestand",
            "populatie", "gebied", "referentiestand");

    private final JdbcClient jdbc;
    private final JobStarter starter;

    Invoerbank(JdbcClient jdbc, JobStarter starter) {
        this.jdbc = jdbc;
        this.starter = starter;
    }

    void leegStore() {
        TABELLEN.forEach(t -> jdbc.sql("DELETE FROM " + t).update());
    }

    /**
     * A copy of the shipped {@code input/} in {@code doel} with December 2022 as its only (and so
     * newest) month of returns: tests change the copy, never the original.
     */
    static Path kopieVanInput(Path doel) throws IOException {
        Path bron = Path.of("input");
        Path retouren = bron.resolve("retouren");
        try (Stream<Path> alles = Files.walk(bron)) {
            for (Path p : alles.toList()) {
                if (p.startsWith(retouren) && !p.equals(retouren) && !p.startsWith(bron.resolve(RETOURMAP))) continue;
                Path d = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(d);
                else Files.copy(p, d, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return doel;
    }

    static Run run(String job, Path input, Path output) {
        return Run.van(new Opdracht(job, DECEMBER_2022, "VR05", input, output), JobStarter.nieuwRunId());
    }

    /** import then verdeling, as {@code --job=import} and {@code --job=verdeling} would; returns the import's run id. */
    String importeerEnVerdeel(Path input, Path output) throws Exception {
        JobExecution imp = starter.start("import", run("import", input, output));
        assertThat(imp.getStatus()).as("import").isEqualTo(BatchStatus.COMPLETED);
        JobExecution verd = starter.start("verdeling", run("verdeling", input, output));
        assertThat(verd.getStatus()).as("verdeling").isEqualTo(BatchStatus.COMPLETED);
        return imp.getJobParameters().getString("run");
    }

    /** Every figure the documents are made from: active returns, national figures and the computed distribution. */
    List<String> cijfers() {
        List<String> s = new ArrayList<>();
        s.addAll(rijen("""
                SELECT r.gemeente_code, r.datum, r.ingevuld_door, l.volgnr, l.locatie_id, l.naam, l.doelgroep, l.soort,
                       l.capaciteit, l.bezetting, l.status, l.open_vanaf, l.beschikbaar_tot
                FROM retour r JOIN locatie l ON l.retour_id = r.id WHERE r.actief = TRUE
                ORDER BY r.gemeente_code, l.volgnr"""));
        s.addAll(rijen("""
                SELECT r.gemeente_code, s.halfjaar, s.taakstelling, s.achterstand, s.gehuisvest, s.waarvan_amv
                FROM retour r JOIN statushouders s ON s.retour_id = r.id WHERE r.actief = TRUE
                ORDER BY r.gemeente_code, s.halfjaar"""));
        s.addAll(rijen("""
                SELECT d.titel, c.opgave, c.gebied_code, c.peildatum, c.scenario, c.aantal
                FROM landelijk_cijfer c JOIN bron_document d ON d.id = c.bron_document_id WHERE d.actief = TRUE
                ORDER BY d.titel, c.opgave, c.gebied_code, c.peildatum, c.scenario"""));
        s.addAll(rijen("""
                SELECT opgave, peildatum, scenario, ouder_code, gebied_code, gewicht, berekend, vastgesteld, totaal
                FROM verdeling_regel ORDER BY opgave, peildatum, scenario, ouder_code, gebied_code"""));
        assertThat(s).as("de voorbeeldmaand staat in de store").hasSizeGreaterThan(300);
        return s;
    }

    List<String> rijen(String sql) {
        return jdbc.sql(sql).query().listOfRows().stream().map(Object::toString).toList();
    }

    long telling(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The sample return of Enschede, changed by {@code aanpassing} and saved under another name beside it. */
    static Path variantVanEnschede(Path input, String naam, Consumer<XSSFWorkbook> aanpassing) throws Exception {
        Path bron = input.resolve(RETOURMAP).resolve("GM0153-enschede.xlsx");
        return variant(bron, input.resolve(RETOURMAP).resolve(naam), aanpassing);
    }

    static Path variant(Path bron, Path doel, Consumer<XSSFWorkbook> aanpassing) throws Exception {
        byte[] inhoud = Files.readAllBytes(bron);
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(new java.io.ByteArrayInputStream(inhoud)))) {
            aanpassing.accept(wb);
            Path tijdelijk = doel.resolveSibling(".schrijven-" + doel.getFileName());
            try (OutputStream out = Files.newOutputStream(tijdelijk)) {
                wb.write(out);
            }
            Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING);
        }
        return doel;
    }

    /** A cell by 1-based row as Excel shows it and column letter. */
    static Cell cel(XSSFWorkbook wb, String blad, int rij, char kolom) {
        Sheet s = wb.getSheet(blad);
        Row r = s.getRow(rij - 1) == null ? s.createRow(rij - 1) : s.getRow(rij - 1);
        int k = kolom - 'A';
        return r.getCell(k) == null ? r.createCell(k) : r.getCell(k);
    }

    static String sha(Path p) {
        return Bestanden.sha256(p);
    }
}
