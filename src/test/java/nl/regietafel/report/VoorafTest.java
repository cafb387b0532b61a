package nl.regietafel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The renderer made ahead on the warm-up thread reaches the run's bean once, and only once. */
class VoorafTest {

    private final AtomicInteger gemaakt = new AtomicInteger();

    @Test
    void de_eerste_die_neemt_krijgt_de_vooraf_gemaakte_daarna_een_nieuwe() {
        Vooraf<PdfRenderer> vooraf = new Vooraf<>(this::nieuw);

        PdfRenderer opgewarmd = vooraf.maken();

        assertThat(vooraf.maken()).isSameAs(opgewarmd);
        assertThat(vooraf.nemen()).isSameAs(opgewarmd);
        assertThat(vooraf.nemen()).isNotSameAs(opgewarmd);
        assertThat(gemaakt).hasValue(2);
    }

    @Test
    void zonder_opwarming_maakt_wie_neemt_hem_zelf() {
        Vooraf<PdfRenderer> vooraf = new Vooraf<>(this::nieuw);

        assertThat(vooraf.nemen()).isNotNull();
        assertThat(gemaakt).hasValue(1);
    }

    @Test
    void wie_neemt_terwijl_hij_gemaakt_wordt_wacht_op_diezelfde() throws Exception {
        CountDownLatch begonnen = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        Vooraf<PdfRenderer> vooraf = new Vooraf<>(() -> {
            begonnen.countDown();
            try {
                verder.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return nieuw();
        });
        CompletableFuture<PdfRenderer> opwarming = CompletableFuture.supplyAsync(vooraf::maken);
        begonnen.await();

        CompletableFuture<PdfRenderer> bean = CompletableFuture.supplyAsync(vooraf::nemen);
        verder.countDown();

        assertThat(bean.get()).isSameAs(opwarming.get());
        assertThat(gemaakt).hasValue(1);
    }

    @Test
    void na_een_mislukte_opwarming_maakt_de_bean_hem_zelf_en_faalt_zoals_zonder() {
        AtomicInteger pogingen = new AtomicInteger();
        Vooraf<PdfRenderer> vooraf = new Vooraf<>(() -> {
            pogingen.incrementAndGet();
            throw new RenderFout("Lettertype DejaVuSans.ttf is onleesbaar");
        });

        assertThatThrownBy(vooraf::maken).isInstanceOf(RenderFout.class).hasMessage("Lettertype DejaVuSans.ttf is onleesbaar");
        assertThatThrownBy(vooraf::nemen).isInstanceOf(RenderFout.class).hasMessage("Lettertype DejaVuSans.ttf is onleesbaar");
        assertThat(pogingen).hasValue(2);
    }

    private PdfRenderer nieuw() {
        gemaakt.incrementAndGet();
        return new PdfRenderer();
    }

    /** The warm-up and the bean decide by this one test whether the default folder's configuration serves the run. */
    @Test
    void theDefaultTemplateFolderIsRecognisedHoweverItIsWritten() {
        assertThat(Vooraf.standaardmap(Path.of("templates"))).isTrue();
        assertThat(Vooraf.standaardmap(Path.of("./templates"))).isTrue();
        assertThat(Vooraf.standaardmap(Path.of("templates").toAbsolutePath())).isTrue();
        assertThat(Vooraf.standaardmap(Path.of("eigen-sjablonen"))).isFalse();
        assertThat(Vooraf.standaardmap(Path.of("templates", "factsheet"))).isFalse();
    }
}
