package nl.regietafel.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import nl.regietafel.RegietafelApplication;
import nl.regietafel.cli.Opdrachtregel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's Main-Class runs what comes before the job from the jar's {@code BOOT-INF/classes/}
 * alone. The jar here holds the tool's compiled classes as Spring Boot's plugin lays them out,
 * without its libraries, in a folder whose name has a space in it.
 */
class JarMainTest {

    @TempDir
    Path tmp;

    @AfterEach
    void vergeetDeKeuze() {
        System.clearProperty(Relauncher.IN_PROCESS);
    }

    @Test
    void de_eigen_klassen_komen_uit_de_jar_en_zien_geen_bibliotheek() throws Exception {
        URL jar = jar(tmp.resolve("map met spatie/regietafel.jar"), JarMain.CLASSES);

        ClassLoader eigen = JarMain.eigenKlassen(jar);
        Class<?> app = eigen.loadClass(JarMain.APPLICATION);

        assertThat(app.getClassLoader()).isSameAs(eigen).isNotSameAs(RegietafelApplication.class.getClassLoader());
        assertThat(app.getProtectionDomain().getCodeSource().getLocation().toString())
                .isEqualTo("jar:" + jar.toURI() + "!/BOOT-INF/classes/").contains("map%20met%20spatie");
        assertThatThrownBy(() -> eigen.loadClass("org.springframework.boot.SpringApplication"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void help_uit_de_jar_met_afsluitcode_0() throws Exception {
        URL jar = jar(tmp.resolve("regietafel.jar"), JarMain.CLASSES);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();

        OptionalInt code = metUitvoer(uit, new ByteArrayOutputStream(), () -> JarMain.vooraf(jar, new String[] {"--help"}));

        assertThat(code).hasValue(0);
        assertThat(uit.toString(StandardCharsets.UTF_8)).isEqualTo(Opdrachtregel.HULP);
    }

    @Test
    void een_onbekende_optie_geeft_de_regel_en_afsluitcode_1() throws Exception {
        URL jar = jar(tmp.resolve("regietafel.jar"), JarMain.CLASSES);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ByteArrayOutputStream fout = new ByteArrayOutputStream();

        OptionalInt code = metUitvoer(uit, fout, () -> JarMain.vooraf(jar, new String[] {"--bla"}));

        assertThat(code).hasValue(1);
        assertThat(fout.toString(StandardCharsets.UTF_8)).isEqualTo("regietafel: Onbekende optie '--bla'. Zie --help." + System.lineSeparator());
        assertThat(uit.size()).isZero();
    }

    /** Spring Boot's launcher then runs the entry point again, which must not try to relaunch a second time. */
    @Test
    void zonder_cache_laat_het_de_run_aan_spring_boot_en_onthoudt_dat() throws Exception {
        URL jar = jar(tmp.resolve("regietafel.jar"), JarMain.CLASSES);
        Path input = Files.createDirectories(tmp.resolve("input/retouren/2023-12"));
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        String[] args = {"--input=" + input.getParent().getParent(), "--regietafel.cds=uit"};

        OptionalInt code = metUitvoer(uit, uit, () -> JarMain.vooraf(jar, args));

        assertThat(code).isEmpty();
        assertThat(uit.size()).as("niets afgedrukt").isZero();
        assertThat(System.getProperty(Relauncher.IN_PROCESS)).isEqualTo("ja");
        String[] opnieuw = {"--input=" + input.getParent().getParent()};
        assertThat(Relauncher.run(Opdrachtregel.lees(opnieuw), opnieuw)).isEmpty();
    }

    @Test
    void een_jar_zonder_eigen_klassen_laat_alles_aan_spring_boot() throws Exception {
        URL jar = jar(tmp.resolve("ander.jar"), "elders/");

        assertThat(JarMain.vooraf(jar, new String[] {"--help"})).isEmpty();
    }

    /** A jar with the compiled classes of the tool (this build's own output) under {@code folder}. */
    private static URL jar(Path jar, String folder) throws IOException, URISyntaxException {
        Path klassen = Path.of(RegietafelApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.createDirectories(jar.getParent());
        try (JarOutputStream uit = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> s = Files.walk(klassen)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                uit.putNextEntry(new JarEntry(folder + klassen.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, uit);
                uit.closeEntry();
            }
        }
        return jar.toUri().toURL();
    }

    private interface Stap {
        OptionalInt doe() throws Exception;
    }

    private static OptionalInt metUitvoer(OutputStream uit, OutputStream fout, Stap stap) throws Exception {
        PrintStream was = System.out;
        PrintStream wasFout = System.err;
        try {
            System.setOut(new PrintStream(uit, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(fout, true, StandardCharsets.UTF_8));
            return stap.doe();
        } finally {
            System.setOut(was);
            System.setErr(wasFout);
        }
    }
}
