package nl.regietafel.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one line on stderr names the child job's reason, not JobStep's "the delegate Job failed". */
class UitkomstTest {

    @Test
    void de_reden_uit_de_beschrijving_van_de_stap() {
        assertThat(Uitkomst.eersteRegel("java.lang.IllegalStateException: Referentiegegevens onleesbaar: x.csv ontbreekt\n\tat a.b.C.d(C.java:1)"
                + "; org.springframework.batch.core.job.UnexpectedJobExecutionException: Step failure: the delegate Job failed in JobStep."))
                .isEqualTo("Referentiegegevens onleesbaar: x.csv ontbreekt");
        assertThat(Uitkomst.eersteRegel("org.springframework.batch.core.job.UnexpectedJobExecutionException: Step failure: the delegate Job failed in JobStep."))
                .isNull();
        assertThat(Uitkomst.eersteRegel("java.io.UncheckedIOException: Publiceren naar /x mislukt: schijf vol")).isEqualTo("Publiceren naar /x mislukt: schijf vol");
        assertThat(Uitkomst.eersteRegel("org.springframework.batch.core.job.JobExecutionException: Partition handler returned an unsuccessful step"))
                .isNull();
        assertThat(Uitkomst.eersteRegel("")).isNull();
        assertThat(Uitkomst.eersteRegel(null)).isNull();
        // our own exceptions do not end in Exception: the class name goes too
        assertThat(Uitkomst.eersteRegel("nl.regietafel.report.RenderFout: PDF x.pdf kon niet worden geschreven: y\n\tat z"))
                .isEqualTo("PDF x.pdf kon niet worden geschreven: y");
    }

    @Test
    void een_volle_schijf_halverwege_is_een_nederlandse_regel_met_wat_te_doen() {
        String reden = Uitkomst.schijfVol("PDF /uit/maandpakket.pdf kon niet worden geschreven: No space left on device");
        assertThat(reden).isEqualTo("De schijf is vol: PDF /uit/maandpakket.pdf kon niet worden geschreven: No space left on device."
                + " Maak ruimte vrij (of kies met --output een andere schijf) en draai dezelfde opdracht opnieuw;"
                + " het vorige pakket is blijven staan.");
        assertThat(Uitkomst.schijfVol("x: There is not enough space on the disk")).startsWith("De schijf is vol: ");
        assertThat(Uitkomst.schijfVol("Referentiegegevens onleesbaar")).isEqualTo("Referentiegegevens onleesbaar");
    }
}
