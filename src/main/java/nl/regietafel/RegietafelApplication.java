package nl.regietafel;

import java.util.Map;
import java.util.OptionalInt;

import nl.regietafel.cli.OngeldigeOpdrachtException;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.cli.Opdrachtregel;
import nl.regietafel.cli.Voorcontrole;
import nl.regietafel.launch.Profiel;
import nl.regietafel.launch.Relauncher;
import nl.regietafel.launch.XmlFabrieken;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class RegietafelApplication {

    public static void main(String[] args) {
        if (Opdrachtregel.vraagtHulp(args)) {
            System.out.print(Opdrachtregel.HULP);
            return;
        }
        Opdracht opdracht;
        try {
            opdracht = Opdrachtregel.lees(args);
            // the first process checked these moments ago with the same arguments, before it relaunched
            if (!Relauncher.isChild()) Voorcontrole.controleer(opdracht, args);
        } catch (OngeldigeOpdrachtException e) {
            System.err.println("regietafel: " + e.getMessage());
            System.exit(1);
            return;
        }
        OptionalInt kind = Relauncher.run(args);
        XmlFabrieken.vastleggen(); // this process does the job: skip JAXP's search of the jar for every workbook part
        if (kind.isPresent()) {
            System.exit(kind.getAsInt());
            return;
        }
        Profiel.start(args);
        SpringApplication app = new SpringApplication(RegietafelApplication.class);
        // console: the tool's own lines only; details and stack traces go to the log file
        app.setDefaultProperties(Map.of(
                "logging.config", "classpath:regietafel-logback.xml",
                "logging.file.name", "${regietafel.data-map:data}/regietafel.log"));
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("opdracht", opdracht));
        int code;
        try {
            ConfigurableApplicationContext ctx = app.run(args);
            code = SpringApplication.exit(ctx);
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            System.err.println("regietafel: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceAll("\\s+", " ")));
            code = 1;
        }
        System.exit(code);
    }
}
