package nl.regietafel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The renderer made ahead on the warm-up thread reaches the run's bean once, and only once. */
class PdfRendererVoorafTest {

    private final AtomicInteger gemaakt = new AtomicInteger();

    @Test
    void de_eerste_die_neemt_krijgt_de_vooraf_gemaakte_daarna_een_nieuwe() {
        PdfRendererVooraf vooraf = new PdfRendererVooraf(this::nieuw);

        PdfRenderer opgewarmd = vooraf.maak();

        assertThat(vooraf.maak()).isSameAs(opgewarmd);
        assertThat(vooraf.neem()).isSameAs(opgewarmd);
        assertThat(vooraf.neem()).isNotSameAs(opgewarmd);
        assertThat(gemaakt).hasValue(2);
    }

    @Test
    void zonder_opwarming_maakt_wie_neemt_hem_zelf() {
        PdfRendererVooraf vooraf = new PdfRendererVooraf(this::nieuw);

        assertThat(vooraf.neem()).isNotNull();
        assertThat(gemaakt).hasValue(1);
    }

    @Test
    void wie_neemt_terwijl_hij_gemaakt_wordt_wacht_op_diezelfde() throws Exception {
        CountDownLatch begonnen = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        PdfRendererVooraf vooraf = new PdfRendererVooraf(() -> {
            begonnen.countDown();
            try {
                verder.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return nieuw();
        });
        CompletableFuture<PdfRenderer> opwarming = CompletableFuture.supplyAsync(vooraf::maak);
        begonnen.await();

        CompletableFuture<PdfRenderer> bean = CompletableFuture.supplyAsync(vooraf::neem);
        verder.countDown();

        assertThat(bean.get()).isSameAs(opwarming.get());
        assertThat(gemaakt).hasValue(1);
    }

    @Test
    void na_een_mislukte_opwarming_maakt_de_bean_hem_zelf_en_faalt_zoals_zonder() {
        AtomicInteger pogingen = new AtomicInteger();
        PdfRendererVooraf vooraf = new PdfRendererVooraf(() -> {
            pogingen.incrementAndGet();
            throw new RenderFout("Lettertype DejaVuSans.ttf is onleesbaar");
        });

        assertThatThrownBy(vooraf::maak).isInstanceOf(RenderFout.class).hasMessage("Lettertype DejaVuSans.ttf is onleesbaar");
        assertThatThrownBy(vooraf::neem).isInstanceOf(RenderFout.class).hasMessage("Lettertype DejaVuSans.ttf is onleesbaar");
        assertThat(pogingen).hasValue(2);
    }

    private PdfRenderer nieuw() {
        gemaakt.incrementAndGet();
        return new PdfRenderer();
    }
}
