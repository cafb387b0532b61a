package nl.regietafel.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The FreeMarker configuration of a run, built once and shared by every document.
 *
 * <p>Templates are read from the working folder's {@code templates/} when it exists (so the
 * kernteam can change wording and layout without a build) and from {@code templates/} on the
 * classpath otherwise, per template: a template missing from the folder comes from the jar.
 * {@code .ftlx} templates are XHTML with auto-escaping. Templates are compiled on first use and
 * cached for the whole run (no re-checking of the folder during a run).
 *
 * <p>Numbers printed as plain {@code ${x}} come out without grouping and with a decimal comma
 * (1944, 54,09); use {@code fmt} ({@link Opmaak}) for display figures and {@code ?c} in CSS.
 *
 * <p>Thread-safe: {@link Configuration} and {@link Template} are safe for concurrent use once
 * configured; every {@link #render} call has its own environment.
 */
public final class Sjablonen {

    public static final Version VERSIE = Configuration.VERSION_2_3_34;

    private final Configuration configuratie;
    private final Path werkmap;

    /** Templates from {@code ./templates} (when present) with the classpath as fallback. */
    public Sjablonen() {
        this(Path.of("templates"), new Opmaak());
    }

    /**
     * @param sjabloonmap the working folder's template directory; ignored when it does not exist
     * @param opmaak      exposed to every template as {@code fmt}
     */
    public Sjablonen(Path sjabloonmap, Opmaak opmaak) {
        this.configuratie = new Configuration(VERSIE);
        List<TemplateLoader> laders = new ArrayList<>();
        Path map = sjabloonmap == null ? null : sjabloonmap.toAbsolutePath().normalize();
        if (map != null && Files.isDirectory(map)) {
            try {
                laders.add(new FileTemplateLoader(map.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("Sjabloonmap " + map + " is niet leesbaar", e);
            }
            this.werkmap = map;
        } else {
            this.werkmap = null;
        }
        laders.add(new ClassTemplateLoader(Sjablonen.class.getClassLoader(), "templates"));
        configuratie.setTemplateLoader(new MultiTemplateLoader(laders.toArray(TemplateLoader[]::new)));
        // Compile once per run: never look at the folder again for a template already loaded.
        configuratie.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);

        configuratie.setDefaultEncoding("UTF-8");
        configuratie.setOutputEncoding("UTF-8");
        configuratie.setRecognizeStandardFileExtensions(true); // .ftlx → XHTML, auto-escaping
        configuratie.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        configuratie.setLocale(Opmaak.NL);
        configuratie.setNumberFormat("0.##########");
        configuratie.setBooleanFormat("c");

        configuratie.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuratie.setAPIBuiltinEnabled(false);
        configuratie.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuratie.setLogTemplateExceptions(false);
        configuratie.setWrapUncheckedExceptions(true);
        configuratie.setFallbackOnNullLoopVariable(false);

        // 2.3.34 wrapper: record components read as ${g.naam}.
        configuratie.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSIE).build());
        try {
            configuratie.setSharedVariable("fmt", opmaak);
            configuratie.setSharedVariable("peilkolommen", Peilkolommen.UITLEG);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("fmt kan niet als gedeelde variabele worden gezet", e);
        }
    }

    /** Renders template {@code naam} (e.g. "demo/voorbeeld.ftlx") with {@code model} as data model. */
    public String render(String naam, Object model) {
        try {
            Template sjabloon = configuratie.getTemplate(naam);
            StringWriter uit = new StringWriter(16 * 1024);
            sjabloon.process(model, uit);
            return uit.toString();
        } catch (TemplateException e) {
            throw new RenderFout("Sjabloon " + naam + " kon niet worden gevuld: " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderFout("Sjabloon " + naam + " niet gevonden of onleesbaar: " + e.getMessage(), e);
        }
    }

    /** The working-folder template directory in use, if any (for the run log). */
    public Optional<Path> werkmap() {
        return Optional.ofNullable(werkmap);
    }

    /** The underlying configuration, for wiring (e.g. a Spring view); do not change settings. */
    public Configuration configuratie() {
        return configuratie;
    }
}
