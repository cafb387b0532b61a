package nl.regietafel.batch;

import org.springframework.batch.core.job.JobExecution;

/** Turns a failed execution into the one-line reason of SPEC §4. */
final class Uitkomst {

    private Uitkomst() {
    }

    static String reden(JobExecution uitvoering) {
        Throwable t = uitvoering.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (t == null) {
            return "job " + uitvoering.getJobInstance().getJobName() + " eindigde met status " + uitvoering.getStatus() + ".";
        }
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String tekst = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return tekst.replaceAll("\\s+", " ").trim();
    }
}
