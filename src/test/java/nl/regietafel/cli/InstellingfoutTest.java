package nl.regietafel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import nl.regietafel.berekening.RegietafelInstellingen;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

class InstellingfoutTest {

    /** What Spring Boot throws when it binds these settings, as a run would. */
    private static Throwable binden(Map<String, String> instellingen) {
        Binder binder = new Binder(new MapConfigurationPropertySource(instellingen));
        return catchThrowable(() -> binder.bind("regietafel", RegietafelInstellingen.class));
    }

    @Test
    void geenGetal() {
        assertThat(Instellingfout.melding(binden(Map.of("regietafel.cno.minimum-plekken-coa", "veel"))))
                .contains("De instelling regietafel.cno.minimum-plekken-coa = \"veel\" is ongeldig: dat is geen (geheel) getal. "
                        + "Pas ze aan in src/main/resources/application.properties of op de opdrachtregel "
                        + "(--regietafel.cno.minimum-plekken-coa=<waarde>).");
    }

    @Test
    void onbekendeMethode() {
        assertThat(Instellingfout.melding(binden(Map.of("regietafel.methode.ASIEL", "ONZIN"))).orElseThrow())
                .startsWith("De instelling regietafel.methode.asiel = \"ONZIN\" is ongeldig: kies uit GROOTSTE_OVERSCHOT, ");
    }

    @Test
    void onbekendeNaamInEenLijst() {
        assertThat(Instellingfout.melding(binden(Map.of("regietafel.telregels.OEKRAINE.soorten", "AZC,KASTEEL"))).orElseThrow())
                .startsWith("De instelling regietafel.telregels.oekraine.soorten = \"AZC,KASTEEL\" is ongeldig: KASTEEL bestaat niet; "
                        + "kies uit AZC, ");
    }

    @Test
    void onbekendeOpgaveAlsSleutel() {
        assertThat(Instellingfout.melding(binden(Map.of("regietafel.methode.ONBEKEND", "DHONDT"))).orElseThrow())
                .startsWith("De instellingen regietafel.methode.* zijn ongeldig: ONBEKEND bestaat niet; kies uit ASIEL, ASIEL_AMV, ");
    }

    @Test
    void eigenControle() {
        assertThat(Instellingfout.melding(binden(Map.of("regietafel.cno.minimum-plekken-coa", "-1"))).orElseThrow())
                .isEqualTo("De instellingen regietafel.cno.* zijn ongeldig: CNO-criteria mogen niet negatief zijn. Pas ze aan in "
                        + "src/main/resources/application.properties of op de opdrachtregel (--regietafel.cno.<naam>=<waarde>).");
    }

    /** A bean with a typed {@code @Value} setting, as Verzending and Werkverdeling have. */
    static class Verzender {
        Verzender(@Value("${regietafel.verzend.actief:false}") boolean actief) {
        }
    }

    @Test
    void eenWaardeDieGeenJaOfNeeIs() {
        Throwable fout;
        try (AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext()) {
            ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("proef", Map.of("regietafel.verzend.actief", "misschien")));
            ctx.register(Verzender.class);
            fout = catchThrowable(ctx::refresh);
        }
        assertThat(Instellingfout.melding(fout)).contains("De instelling regietafel.verzend.actief = \"misschien\" is ongeldig: "
                + "kies true of false. Pas ze aan in src/main/resources/application.properties of op de opdrachtregel "
                + "(--regietafel.verzend.actief=<waarde>).");
    }

    @Test
    void andereFoutenNiet() {
        assertThat(Instellingfout.melding(new IllegalStateException("iets anders"))).isEmpty();
    }
}
