package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.report.controle.Controlerapport;
import nl.regietafel.run.Run;
import nl.regietafel.store.ControleRepository.Meldingregel;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * The region's logo (region settings {@code logo:}) in the header of the PDFs and in index.html,
 * taken from a 97 × 31 pixel PNG the test makes; a file that is no image costs only the logo,
 * with one warning in the controlerapport.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:regiologo;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/regiologo"})
class RegiologoAcceptatieTest {

    @Autowired
    JobStarter starter;
    @Autowired
    Controlerapport controlerapport;

    @Test
    void het_logo_staat_in_de_pdf_en_in_index_html() throws Exception {
        Path werk = Tijdelijk.map("regietafel-regiologo");
        Path input = invoerMetLogo(werk.resolve("input"));
        BufferedImage beeld = new BufferedImage(97, 31, BufferedImage.TYPE_INT_RGB);
        var g = beeld.createGraphics();
        g.setColor(new Color(0x15, 0x42, 0x73));
        g.fillRect(0, 0, 97, 31);
        g.dispose();
        ImageIO.write(beeld, "png", input.resolve("regio/logo-test.png").toFile());

        Run run = Run.van(new Opdracht("maand", Maandrun.DECEMBER_2022, "VR05", input, werk.resolve("output")), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path periode = werk.resolve("output/2022-12");
        // the controlerapport has no chart: its only image is the logo, at the PNG's own size
        assertThat(afbeeldingen(periode.resolve("controlerapport.pdf"))).containsExactly("97x31");
        assertThat(afbeeldingen(periode.resolve("procesplan/procesplan-tabellen.pdf"))).contains("97x31");
        assertThat(Files.readString(periode.resolve("index.html"))).contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo");
        assertThat(controlerapport.model(run).waarschuwingen()).extracting(Meldingregel::tekst).noneMatch(t -> t.contains("logo"));
    }

    @Test
    void een_logo_dat_geen_afbeelding_is_wordt_een_waarschuwing_en_de_documenten_komen_er_zonder() throws Exception {
        Path werk = Tijdelijk.map("regietafel-regiologo-kapot");
        Path input = invoerMetLogo(werk.resolve("input"));
        Files.writeString(input.resolve("regio/logo-test.png"), "geen afbeelding");

        Run run = Run.van(new Opdracht("maand", Maandrun.DECEMBER_2022, "VR05", input, werk.resolve("output")), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(afbeeldingen(werk.resolve("output/2022-12/controlerapport.pdf"))).isEmpty();
        assertThat(controlerapport.model(run).waarschuwingen()).filteredOn(w -> "logo".equals(w.kolom())).singleElement()
                .satisfies(w -> {
                    assertThat(w.bestand()).isEqualTo("regio/logo-test.png");
                    assertThat(w.tekst()).isEqualTo("logo 'logo-test.png' niet gebruikt: geen PNG- of JPEG-afbeelding;"
                            + " de documenten zijn zonder logo gemaakt");
                });
    }

    /** A copy of the sample input whose Twente settings name {@code logo-test.png}. */
    static Path invoerMetLogo(Path input) throws Exception {
        FileSystemUtils.copyRecursively(Maandrun.INPUT, input);
        Path twente = input.resolve("regio/VR05-twente.yaml");
        Files.writeString(twente, Files.readString(twente) + "logo: logo-test.png\n");
        return input;
    }

    /** "breedte x hoogte" of every image XObject in the PDF. */
    static List<String> afbeeldingen(Path pdf) throws Exception {
        List<String> uit = new ArrayList<>();
        PdfReader lezer = new PdfReader(pdf.toString());
        try {
            for (int i = 1; i < lezer.getXrefSize(); i++) {
                PdfObject o = lezer.getPdfObject(i);
                if (o instanceof PdfDictionary d && PdfName.IMAGE.equals(d.get(PdfName.SUBTYPE))) {
                    uit.add(((PdfNumber) d.get(PdfName.WIDTH)).intValue() + "x" + ((PdfNumber) d.get(PdfName.HEIGHT)).intValue());
                }
            }
        } finally {
            lezer.close();
        }
        return uit;
    }
}
