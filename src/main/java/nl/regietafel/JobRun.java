package nl.regietafel;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import nl.regietafel.cli.Instellingfout;
import nl.regietafel.cli.OngeldigeOpdrachtException;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.cli.Voorcontrole;
import nl.regietafel.launch.Opwarming;
import nl.regietafel.launch.Profiel;
import nl.regietafel.launch.Voorwerk;
import nl.regietafel.launch.XmlFabrieken;
import nl.regietafel.report.Vooraf;
import nl.regietafel.store.Compactie;
import nl.regietafel.store.StoreVooraf;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * The job in this JVM. Spring's start-up keeps about one core busy for a second; the pre-check
 * ({@link Voorcontrole}: it parses the reference data's and the manifest's YAML, cold) runs on
 * the other one meanwhile, and must have passed before Spring makes its first bean, so that a
 * run that fails it has opened no store and written no document, as when it ran first.
 */
final class JobRun {

    /** The property source that gives the run's store {@link Compactie#url}. */
    private static final String COMPACTIE = "regietafel-compactie";

    private JobRun() {
    }

    /** The exit code of the run (SPEC §4). */
    static int draai(Opdracht opdracht, String[] args) {
        Profiel.start(args);
        Voorwerk voorwerk = Voorwerk.beginnen(() -> {
            XmlFabrieken.vastleggen(); // before any workbook is read or written, which comes after the first bean
            Voorcontrole.controleer(opdracht, args);
        });
        SpringApplication app = applicatie();
        StoreVooraf store = new StoreVooraf();
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("opdracht", opdracht);
            String url = ctx.getEnvironment().getProperty("spring.datasource.url");
            if (url != null && Compactie.beheerd(url)) {
                ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource(COMPACTIE,
                        Map.of("spring.datasource.url", Compactie.url(url))));
            }
            // the configuration is read here; the store is opened once the pre-check has passed
            store.beginnen(ctx.getEnvironment(), voorwerk::afwachten);
            ctx.addApplicationListener(e -> {
                if (e instanceof ContextRefreshedEvent) store.sluiten(); // the pool holds its own connection by now
            });
            // runs after the configuration is read and before any bean, the store's data source included, is made
            ctx.addBeanFactoryPostProcessor(beanFactory -> voorwerk.afwachten());
            // here logging is set up, so a failed warm-up goes to the log file; only jobs that render need it
            if (!opdracht.job().equals("import")) {
                // the folder RapportConfiguratie's bean reads, with the same default
                Opwarming.beginnen(Path.of(ctx.getEnvironment().getProperty("regietafel.sjablonen", Vooraf.SJABLOONMAP.toString())));
            }
        });
        try {
            ConfigurableApplicationContext ctx = app.run(args);
            Runnable compactie = compactie(ctx);
            int code = SpringApplication.exit(ctx);
            compactie.run(); // once the pool has closed the store
            return code;
        } catch (RuntimeException e) {
            System.err.println("regietafel: " + regel(e));
            return 1;
        } finally {
            store.sluiten();
        }
    }

    /** The store's compaction (see {@link Compactie}) for after the run; a failure costs the file only its compaction. */
    private static Runnable compactie(ConfigurableApplicationContext ctx) {
        if (!ctx.getEnvironment().getPropertySources().contains(COMPACTIE)) return () -> { };
        try {
            if (!Compactie.nodig(ctx.getBean(DataSource.class))) return () -> { };
        } catch (Exception e) {
            compactieMislukt(e);
            return () -> { };
        }
        var omgeving = ctx.getEnvironment();
        String url = omgeving.getProperty("spring.datasource.url");
        String gebruiker = omgeving.getProperty("spring.datasource.username");
        String wachtwoord = omgeving.getProperty("spring.datasource.password");
        return () -> {
            try {
                Compactie.compacteren(url, gebruiker, wachtwoord);
            } catch (Exception e) {
                compactieMislukt(e);
            }
        };
    }

    private static void compactieMislukt(Exception e) {
        // outside nl.regietafel: that logger also prints to the console
        LoggerFactory.getLogger("regietafel.compactie").warn("Store niet gecompacteerd: {}", e.toString(), e);
    }

    /** The application with its defaults, as a run and the build's ahead-of-time step ({@link AotMain}) see it. */
    static SpringApplication applicatie() {
        SpringApplication app = new SpringApplication(RegietafelApplication.class);
        // the ahead-of-time step's code is named after the class it ran; with spring.aot.enabled Spring looks for it by this one
        app.setMainApplicationClass(AotMain.class);
        // console: the tool's own lines only; details and stack traces go to the log file
        app.setDefaultProperties(Map.of(
                "logging.config", "classpath:regietafel-logback.xml",
                "logging.file.name", "${regietafel.data-map:data}/regietafel.log"));
        return app;
    }

    /** The pre-check's own line as it is; a setting that cannot be used, named; otherwise the innermost cause's message on one line. */
    private static String regel(Throwable e) {
        Optional<String> instelling = Instellingfout.melding(e);
        if (instelling.isPresent()) return instelling.get();
        Throwable t = e;
        while (true) {
            if (t instanceof OngeldigeOpdrachtException) return t.getMessage();
            if (t.getCause() == null) break;
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceAll("\\s+", " ");
    }
}
