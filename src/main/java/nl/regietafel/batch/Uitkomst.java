package nl.regietafel.batch;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** Turns a failed execution into the one-line reason of SPEC §4. */
final class Uitkomst {

    private Uitkomst() {
    }

    static String reden(JobExecution uitvoering, JobRepository repository) {
        Throwable t = uitvoering.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (t == null) {
            return "job " + uitvoering.getJobInstance().getJobName() + " eindigde met status " + uitvoering.getStatus() + ".";
        }
        if (t.getMessage() != null && t.getMessage().startsWith("Step failure: the delegate Job failed") && repository != null) {
            // maand runs its jobs as steps; JobStep keeps only its own message, the reason is in the child's failed step
            for (String kind : List.of("import", "verdeling", "rapportage")) {
                JobExecution laatste = repository.getLastJobExecution(kind, uitvoering.getJobParameters());
                if (laatste == null || !laatste.getStatus().isUnsuccessful()) continue;
                JobExecution geladen = repository.getJobExecution(laatste.getId());
                for (StepExecution stap : geladen.getStepExecutions()) {
                    String reden = eersteRegel(stap.getExitStatus().getExitDescription());
                    if (stap.getStatus().isUnsuccessful() && reden != null) return schijfVol(reden);
                }
            }
        }
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String tekst = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return schijfVol(tekst.replaceAll("\\s+", " ").trim());
    }

    /** The operating system's words for a full disk (Linux, macOS, Windows). */
    private static final Pattern SCHIJF_VOL = Pattern.compile(
            "No space left on device|There is not enough space on the disk|not enough space on the disk|Disk quota exceeded",
            Pattern.CASE_INSENSITIVE);

    /** A write that failed for want of space mid-run: say so in Dutch, and what to do. */
    static String schijfVol(String reden) {
        if (!SCHIJF_VOL.matcher(reden).find()) return reden;
        return "De schijf is vol: " + reden + ". Maak ruimte vrij (of kies met --output een andere schijf) en draai"
                + " dezelfde opdracht opnieuw; het vorige pakket is blijven staan.";
    }

    /** {@code java.lang.IllegalStateException: reden\n\tat ...} → {@code reden}; null for JobStep's own message. */
    static String eersteRegel(String beschrijving) {
        if (beschrijving == null || beschrijving.isBlank()) return null;
        String regel = beschrijving.strip().lines().findFirst().orElse("");
        if (regel.contains("the delegate Job failed in JobStep")) return null;
        // a partitioned step's manager says only this; the reason is in its failed worker step
        if (regel.contains("Partition handler returned an unsuccessful step")) return null;
        // "java.lang.IllegalStateException: …", "nl.regietafel.report.RenderFout: …": the reason without the class
        String tekst = regel.replaceFirst("^([a-z_][\\w]*\\.)+[A-Z][\\w$]*(: |$)", "").strip();
        return tekst.isEmpty() ? null : tekst.replaceAll("\\s+", " ");
    }
}
