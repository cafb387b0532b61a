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
}
