package nl.regietafel.report;

import java.io.File;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Child-JVM main for {@link ZonderSysteemlettertypenTest}: renders the demo document (text in all
 * four faces and vector charts) while any attempt to read a DejaVu file from a system font folder
 * fails, as on a machine without DejaVu (every Windows laptop). The JDK's own font manager may still
 * look at the other system fonts, as it does on every machine.
 */
public final class ZonderSysteemlettertypen {

    /** Where Windows, macOS and Linux (and a JDK) keep fonts; lower case, '/' separated. */
    static final List<String> VERBODEN = List.of("/usr/share/fonts", "/usr/local/share/fonts", "/usr/x11r6/lib/x11/fonts",
            "/.fonts", "/.local/share/fonts", "/library/fonts", "/system/library/fonts", "/windows/fonts", "/lib/fonts");

    private ZonderSysteemlettertypen() {
    }

    @SuppressWarnings("removal") // the only way to make a file read fail inside the JDK's font code
    public static void main(String[] args) {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof java.io.FilePermission && perm.getActions().contains("read")) {
                    weigerLettertypemap(perm.getName());
                }
            }

            @Override
            public void checkRead(String bestand) {
                weigerLettertypemap(bestand);
            }
        });
        Grafieken grafieken = new Grafieken();
        String xhtml = new Sjablonen().render("demo/voorbeeld.ftlx", Map.of("m", DemoModel.voorbeeld(grafieken)));
        new PdfRenderer().render(xhtml, Path.of(args[0]), PdfEigenschappen.van("Zonder systeemlettertypen", null),
                DemoModel.grafieken(grafieken));
    }

    /** The JDK maps its logical fonts (Dialog) to system fonts on every machine; that is not ours. */
    static boolean doorJdkLettertypenbeheer() {
        return StackWalker.getInstance().walk(s -> s.anyMatch(f -> f.getClassName().startsWith("sun.font.")
                || f.getClassName().startsWith("sun.awt.")));
    }

    static void weigerLettertypemap(String bestand) {
        String pad = bestand.replace(File.separatorChar, '/').toLowerCase(Locale.ROOT);
        for (String verboden : VERBODEN) {
            if (pad.contains(verboden) && pad.contains("dejavu") && !doorJdkLettertypenbeheer()) {
                throw new SecurityException("systeemlettertype gelezen: " + bestand);
            }
        }
    }
}
