package nl.regietafel.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * A setting the tool cannot use (in {@code application.properties} or as {@code --naam=waarde}),
 * as one Dutch line: which setting, the value given, why, and what to do. Spring's own words
 * ("For input string: \"veel\"", "No enum constant …") name neither the setting nor a remedy.
 */
public final class Instellingfout {

    private static final String WAAR = " Pas ze aan in src/main/resources/application.properties of op de opdrachtregel (--";

    private Instellingfout() {
    }

    /** The line for the innermost setting in {@code fout}'s causes that could not be bound; empty when there is none. */
    public static Optional<String> melding(Throwable fout) {
        BindException binnenste = null;
        for (Throwable t = fout; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BindException b) binnenste = b;
        }
        if (binnenste == null) return waarde(fout);
        ConfigurationProperty p = binnenste.getProperty();
        Class<?> type = binnenste.getTarget().getType().resolve();
        String reden = reden(binnenste.getCause(), type);
        if (p == null) { // a group of settings that is wrong together, such as a record's own check
            String groep = binnenste.getName().toString();
            return Optional.of("De instellingen " + groep + ".* zijn ongeldig: " + reden + "." + WAAR + groep + ".<naam>=<waarde>).");
        }
        String naam = p.getName().toString();
        return Optional.of("De instelling " + naam + " = \"" + p.getValue() + "\" is ongeldig: " + reden + "." + WAAR
                + naam + "=<waarde>).");
    }

    /** A single {@code @Value} setting whose text does not convert to the parameter's type (a number, true or false). */
    private static Optional<String> waarde(Throwable fout) {
        UnsatisfiedDependencyException injectie = null;
        for (Throwable t = fout; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof UnsatisfiedDependencyException u && u.getCause() instanceof TypeMismatchException) injectie = u;
        }
        if (injectie == null || injectie.getInjectionPoint() == null) return Optional.empty();
        Value value = injectie.getInjectionPoint().getAnnotation(Value.class);
        Matcher m = value == null ? null : PLAATSHOUDER.matcher(value.value());
        if (m == null || !m.matches()) return Optional.empty();
        TypeMismatchException tm = (TypeMismatchException) injectie.getCause();
        Class<?> type = tm.getRequiredType();
        String reden = type == boolean.class || type == Boolean.class ? "kies true of false" : "dat is geen (geheel) getal";
        String naam = m.group(1);
        return Optional.of("De instelling " + naam + " = \"" + tm.getValue() + "\" is ongeldig: " + reden + "." + WAAR
                + naam + "=<waarde>).");
    }

    /** Java's words for a name that is not one of an enum's: {@code No enum constant nl.regietafel.domain.Opgave.KAAS}. */
    private static final Pattern ONBEKENDE_NAAM = Pattern.compile("No enum constant ((?:\\w+\\.)+\\w+)\\.(\\w+)");

    /** ", kies uit A, B, C" for an enum of the tool's own; empty when the class cannot be told. */
    private static String keuze(String klasse) {
        try {
            Class<?> type = Class.forName(klasse, false, Instellingfout.class.getClassLoader());
            if (!type.isEnum() || !klasse.startsWith("nl.regietafel.")) return "";
            return "; " + kiesUit(type);
        } catch (ClassNotFoundException | LinkageError e) {
            return "";
        }
    }

    /** "kies uit A, B, C": the names of an enum, in their order. */
    private static String kiesUit(Class<?> enumType) {
        return "kies uit " + String.join(", ", Arrays.stream(enumType.getEnumConstants()).map(Object::toString).toList());
    }

    /** {@code ${naam:standaard}} or {@code ${naam}}. */
    private static final Pattern PLAATSHOUDER = Pattern.compile("\\$\\{([^:}]+)(:[^}]*)?}");

    private static String reden(Throwable oorzaak, Class<?> type) {
        Throwable t = oorzaak;
        while (t != null && t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t == null) return "onbekende reden";
        if (type != null && type.isEnum()) return kiesUit(type);
        if (t instanceof NumberFormatException) return "dat is geen (geheel) getal";
        String tekst = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceAll("\\s+", " ").strip();
        Matcher onbekend = ONBEKENDE_NAAM.matcher(tekst);
        if (onbekend.matches()) return onbekend.group(2) + " bestaat niet" + keuze(onbekend.group(1));
        return tekst.endsWith(".") ? tekst.substring(0, tekst.length() - 1) : tekst; // the line adds its own full stop
    }
}
