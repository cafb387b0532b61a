package nl.regietafel.report;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rendering machinery, built once per run (SPEC §8: templates compiled and fonts loaded once,
 * never per document). Templates come from the working folder's {@code templates/} when it
 * exists, so the kernteam can change wording and layout without a build.
 */
@Configuration(proxyBeanMethods = false)
public class RapportConfiguratie {

    @Bean
    public Opmaak opmaak() {
        return new Opmaak();
    }

    /** Usually made while Spring started, on the other core (launch.Opwarming), unless another folder is set. */
    @Bean
    public Sjablonen sjablonen(@Value("${regietafel.sjablonen:templates}") Path map, Opmaak opmaak) {
        if (Vooraf.standaardmap(map)) return Vooraf.SJABLONEN.nemen();
        return new Sjablonen(map, opmaak);
    }

    /** Usually made while Spring started, on the other core (launch.Opwarming). */
    @Bean
    public PdfRenderer pdfRenderer() {
        return Vooraf.PDF_RENDERER.nemen();
    }

    /** Usually made while Spring started, on the other core (launch.Opwarming). */
    @Bean
    public Grafieken grafieken() {
        return Vooraf.GRAFIEKEN.nemen();
    }
}
