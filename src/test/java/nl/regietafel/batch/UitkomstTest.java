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
        assertThat(Uitkomst.eersteRegel("")).isNull();
        assertThat(Uitkomst.eersteRegel(null)).isNull();
    }
}
