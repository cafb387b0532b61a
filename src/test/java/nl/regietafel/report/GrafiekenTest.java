package nl.regietafel.report;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrafiekenTest {

    final Grafieken grafieken = new Grafieken();

    @Test
    void chartsArePngsAtTwiceTheLayoutSize() throws Exception {
        byte[] staaf = grafieken.staafdiagram("Opgave en realisatie", "vergunninghouders", List.of("Almelo", "Enschede"),
                List.of(new Grafieken.Reeks("Opgave", List.of(182, 449)), new Grafieken.Reeks("Realisatie", List.of(151, 377))));
        byte[] lijn = grafieken.lijndiagram(null, null, List.of("jan", "feb", "mrt"),
                List.of(new Grafieken.Reeks("Gerealiseerd", List.of(100, 250, 1944))));

        BufferedImage beeld = ImageIO.read(new ByteArrayInputStream(staaf));
        assertThat(beeld.getWidth()).isEqualTo(1280);
        assertThat(beeld.getHeight()).isEqualTo(640);
        assertThat(ImageIO.read(new ByteArrayInputStream(lijn)).getWidth()).isEqualTo(1280);
        assertThat(Grafieken.dataUri(lijn)).startsWith("data:image/png;base64,iVBOR");
    }

    @Test
    void seriesMustMatchTheCategories() {
        assertThatThrownBy(() -> grafieken.staafdiagram("x", null, List.of("a", "b"),
                List.of(new Grafieken.Reeks("Opgave", List.of(1)))))
                .hasMessageContaining("Opgave");
    }
}
