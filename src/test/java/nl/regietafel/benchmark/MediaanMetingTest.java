package nl.regietafel.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MediaanMetingTest {

    private static Benchmark.Meting meting(double wand, double cpu, long rss, int code) {
        return new Benchmark.Meting(wand, cpu, rss, code, "", wand / 10, 0);
    }

    @Test
    void deRunMetDeMedianeWandtijdMetDeHoogstePiekVanAlleRuns() {
        Benchmark.Meting m = Benchmark.mediaanMeting(List.of(meting(12.0, 21.0, 500, 0), meting(11.0, 20.5, 530, 0),
                meting(13.5, 22.0, 510, 0)));

        assertThat(m.wandtijd()).isEqualTo(12.0);
        assertThat(m.cpu()).isEqualTo(21.0);
        assertThat(m.jvmTotSpring()).isEqualTo(1.2);
        assertThat(m.rss()).isEqualTo(530);
        assertThat(m.code()).isZero();
    }

    @Test
    void eenMisluktRunBlijftZichtbaarInDeAfsluitcode() {
        Benchmark.Meting m = Benchmark.mediaanMeting(List.of(meting(12.0, 21.0, 500, 0), meting(3.0, 2.0, 300, 1),
                meting(13.5, 22.0, 510, 0)));

        assertThat(m.code()).isEqualTo(1);
        assertThat(m.wandtijd()).isEqualTo(12.0);
    }

    @Test
    void hetVerschilOmEnOmIsDeMediaanVanDeVerschillenPerPaarNietHetVerschilVanDeMedianen() {
        // the machine slows down between pairs: Twente and NL drift together
        List<Benchmark.Meting> nl = List.of(meting(12.0, 25.0, 500, 0), meting(13.0, 26.0, 500, 0), meting(18.0, 32.0, 500, 0));
        List<Benchmark.Meting> twente = List.of(meting(5.0, 9.0, 400, 0), meting(3.0, 6.0, 400, 0), meting(7.0, 12.0, 400, 0));

        assertThat(Benchmark.verschil(nl, twente, Benchmark.Meting::wandtijd)).isEqualTo(10.0);
        assertThat(Benchmark.verschil(nl, twente, Benchmark.Meting::cpu)).isEqualTo(20.0);
        assertThat(Benchmark.mediaan(nl, Benchmark.Meting::wandtijd) - Benchmark.mediaan(twente, Benchmark.Meting::wandtijd))
                .isEqualTo(8.0);
    }
}
