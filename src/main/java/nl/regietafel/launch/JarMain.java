package nl.regietafel.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.OptionalInt;

/**
 * The jar's {@code Main-Class}, copied to the jar's root by the build (pom.xml). The process the
 * user starts mostly only relaunches itself ({@link Relauncher}); Spring Boot's launcher would
 * first open the nested jars and build their class loader for that (about 0,15 s of CPU of every
 * run). This class loads the tool's own classes from {@code BOOT-INF/classes/} with the JDK's
 * own jar handler, without any library, and runs what comes before the job there
 * ({@code RegietafelApplication.vooraf}: the help text, the command line's check, the relaunch).
 * Everything else goes to Spring Boot's launcher, as before: {@code -Djarmode=…} (its extract
 * tool), and whatever {@code vooraf} leaves to this process (the cache switched off, a debugger
 * or agent, a cache that cannot be made, a child that cannot start), or cannot do here.
 * Only the JDK may be named here: at the jar's root no other class is on the class path.
 */
public final class JarMain {

    /** What Spring Boot's maven plugin writes as {@code Main-Class}; this class takes its place. */
    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
    static final String APPLICATION = "nl.regietafel.RegietafelApplication";
    static final String CLASSES = "BOOT-INF/classes/";

    private JarMain() {
    }

    public static void main(String[] args) throws Throwable {
        if (System.getProperty("jarmode") == null) {
            OptionalInt klaar = vooraf(jar(), args);
            if (klaar.isPresent()) {
                System.exit(klaar.getAsInt());
                return;
            }
        }
        aanroepen(Class.forName(SPRING_BOOT_LAUNCHER), args);
    }

    /** The exit code when this process is done, or empty: Spring Boot's launcher takes over. */
    static OptionalInt vooraf(URL jar, String[] args) {
        try {
            ClassLoader eigen = eigenKlassen(jar);
            Method vooraf = eigen.loadClass(APPLICATION).getMethod("vooraf", String[].class);
            return (OptionalInt) vooraf.invoke(null, (Object) args);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError | MalformedURLException | URISyntaxException e) {
            // e.g. a class that needs a library after all: the launcher then does what this process did before
            return OptionalInt.empty();
        }
    }

    /**
     * The tool's own classes in the jar, over the JDK's classes only: a class that would need a
     * library is not found, rather than found somewhere else. Never closed: the relaunch's
     * shutdown hook may still need a class from it when this process is stopped.
     */
    static ClassLoader eigenKlassen(URL jar) throws MalformedURLException, URISyntaxException {
        URL klassen = new URL("jar:" + jar.toURI() + "!/" + CLASSES);
        return new URLClassLoader("regietafel", new URL[] {klassen}, ClassLoader.getPlatformClassLoader());
    }

    private static URL jar() {
        return JarMain.class.getProtectionDomain().getCodeSource().getLocation();
    }

    /** A static {@code main(String[])}, which throws what it throws itself. */
    private static void aanroepen(Class<?> klasse, String[] args) throws Throwable {
        try {
            klasse.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
