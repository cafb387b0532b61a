package nl.regietafel.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the jar decides to relaunch itself, and what the child is started with. */
class RelauncherTest {

    @TempDir
    Path tmp;

    @Test
    void deReadmeOpdrachtHeeftGeenJvmOptiesEnAndersVraagtHetDeBeans() {
        String[] readme = {"-jar", "target/regietafel.jar", "--regio=NL"};
        assertThat(Relauncher.jvmOptions(Optional.of(readme), Map.of())).contains(List.of());
        // options before -jar, an @argfile, or options from the environment: only the management beans know them all
        assertThat(Relauncher.jvmOptions(Optional.of(new String[] {"-Xmx2g", "-jar", "x.jar"}), Map.of())).isEmpty();
        assertThat(Relauncher.jvmOptions(Optional.of(new String[] {"@opties", "-jar", "x.jar"}), Map.of())).isEmpty();
        for (String env : Relauncher.OPTION_ENV) {
            assertThat(Relauncher.jvmOptions(Optional.of(readme), Map.of(env, "-Xmx2g"))).as(env).isEmpty();
        }
        // Windows gives no arguments
        assertThat(Relauncher.jvmOptions(Optional.empty(), Map.of())).isEmpty();
        assertThat(Relauncher.jvmOptions(Optional.of(new String[0]), Map.of())).isEmpty();
    }

    @Test
    void uit_te_zetten_met_optie_of_omgevingsvariabele() {
        assertThat(Relauncher.switchedOff(new String[] {"--periode=2022-12"}, null)).isFalse();
        assertThat(Relauncher.switchedOff(new String[] {"--regietafel.cds=uit"}, null)).isTrue();
        assertThat(Relauncher.switchedOff(new String[] {"--regietafel.cds=aan"}, null)).isFalse();
        assertThat(Relauncher.switchedOff(new String[0], "uit")).isTrue();
        assertThat(Relauncher.switchedOff(new String[0], "false")).isTrue();
        assertThat(Relauncher.switchedOff(new String[0], "")).isFalse();
    }

    @Test
    void met_debugger_of_opname_draait_de_run_in_het_gestarte_proces() {
        assertThat(Relauncher.diagnosing(List.of("-Xmx700m", "-Dx=y"))).isFalse();
        assertThat(Relauncher.diagnosing(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"))).isTrue();
        assertThat(Relauncher.diagnosing(List.of("-XX:StartFlightRecording=filename=x.jfr"))).isTrue();
    }

    @Test
    void de_cache_staat_in_de_datamap_die_spring_ook_neemt() {
        assertThat(Relauncher.dataMap(new String[] {"--job=import"})).isEqualTo(Path.of("data"));
        assertThat(Relauncher.dataMap(new String[] {"--regietafel.data-map=elders/d"})).isEqualTo(Path.of("elders/d"));
    }

    @Test
    void het_kind_krijgt_het_archief_de_eigen_opties_en_dezelfde_argumenten() throws Exception {
        Path jar = Files.writeString(tmp.resolve("regietafel.jar"), "x");
        StartupCache cache = new StartupCache(tmp.resolve("data"), jar, "/opt/java/bin/java");
        String[] args = {"--periode=2022-12", "--regio=NL"};

        List<String> training = Relauncher.command("/opt/java/bin/java", cache, cache.newArchive(), List.of("-Xmx700m"), args, false);
        List<String> gebruik = Relauncher.command("/opt/java/bin/java", cache, null, List.of("-Xmx700m", "-XX:TieredStopAtLevel=4"), args, false);

        assertThat(training.get(0)).isEqualTo("/opt/java/bin/java");
        assertThat(training).contains("-XX:ArchiveClassesAtExit=" + cache.newArchive(), "-Dregietafel.kind=ja")
                .doesNotContain("-XX:SharedArchiveFile=" + cache.archive());
        assertThat(gebruik).contains("-XX:SharedArchiveFile=" + cache.archive(), "-Xlog:cds=off", "-Xshare:auto", "-Xmx700m");
        assertThat(gebruik.indexOf("-XX:TieredStopAtLevel=4")).as("de eigen optie van de gebruiker komt na de onze")
                .isGreaterThan(gebruik.indexOf("-XX:TieredStopAtLevel=1"));
        // the national run's heap bound (SPEC §8, ≤ 1 GiB) is ours by default, the user's own -Xmx comes after it
        assertThat(gebruik.indexOf("-Xmx700m")).isGreaterThan(gebruik.indexOf("-Xmx768m")).isPositive();
        assertThat(gebruik.subList(gebruik.size() - 4, gebruik.size()))
                .containsExactly("-jar", cache.appJar().toString(), "--periode=2022-12", "--regio=NL");
        assertThat(cache.dir().getParent()).isEqualTo(tmp.resolve("data").resolve("opstartcache"));
    }

    @Test
    void het_kind_krijgt_de_parallelle_collector_tenzij_de_gebruiker_er_een_kiest() throws Exception {
        Path jar = Files.writeString(tmp.resolve("regietafel.jar"), "x");
        StartupCache cache = new StartupCache(tmp.resolve("data"), jar, "java");
        String[] args = {"--periode=2022-12"};

        assertThat(Relauncher.command("java", cache, null, List.of("-Xmx700m"), args, false)).containsOnlyOnce("-XX:+UseParallelGC");
        // two collectors make the JVM refuse to start ("Multiple garbage collectors selected"): the user's alone
        assertThat(Relauncher.command("java", cache, null, List.of("-XX:+UseG1GC"), args, false))
                .contains("-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC");
        assertThat(Relauncher.command("java", cache, null, List.of("-XX:-UseParallelGC"), args, false))
                .containsOnlyOnce("-XX:-UseParallelGC").doesNotContain("-XX:+UseParallelGC");
        assertThat(Relauncher.kiestCollector("-XX:+UseSerialGC")).isTrue();
        assertThat(Relauncher.kiestCollector("-XX:+UseGCOverheadLimit")).isFalse();
        assertThat(Relauncher.kiestCollector("-XX:+UseStringDeduplication")).isFalse();
    }

    @Test
    void op_twee_kernen_een_compilerdraad_en_de_eigen_keuze_van_de_gebruiker_komt_later() throws Exception {
        Path jar = Files.writeString(tmp.resolve("regietafel.jar"), "x");
        StartupCache cache = new StartupCache(tmp.resolve("data"), jar, "java");
        String[] args = {"--periode=2022-12"};

        assertThat(Relauncher.command("java", cache, null, List.of(), args, false, 2)).containsOnlyOnce("-XX:CICompilerCount=1");
        assertThat(Relauncher.command("java", cache, null, List.of(), args, false, 1)).contains("-XX:CICompilerCount=1");
        assertThat(Relauncher.command("java", cache, null, List.of(), args, false, 4)).noneMatch(o -> o.startsWith("-XX:CICompilerCount"));
        // the JVM takes the last value of an -XX option: the user's own, after ours
        List<String> eigen = Relauncher.command("java", cache, null, List.of("-XX:CICompilerCount=2"), args, false, 2);
        assertThat(eigen.lastIndexOf("-XX:CICompilerCount=2")).isGreaterThan(eigen.indexOf("-XX:CICompilerCount=1"));
    }

    @Test
    void het_kind_gebruikt_de_vooraf_gemaakte_beandefinities_tenzij_de_gebruiker_het_uitzet() throws Exception {
        assertThat(kind(List.of(), false)).containsOnlyOnce("-Dspring.aot.enabled=true");
        assertThat(kind(List.of(), true)).containsOnlyOnce("-Dspring.aot.enabled=true");
        // a system property given twice: the JVM keeps the last, the user's own
        List<String> eigen = kind(List.of("-Dspring.aot.enabled=false"), false);
        assertThat(eigen.lastIndexOf("-Dspring.aot.enabled=false")).isGreaterThan(eigen.indexOf("-Dspring.aot.enabled=true"));
    }

    @Test
    void een_regio_inlinet_kleinere_methoden_het_land_houdt_de_standaard() throws Exception {
        assertThat(kind(List.of(), false)).containsOnlyOnce("-XX:C1MaxInlineSize=20");
        assertThat(kind(List.of(), true)).noneMatch(o -> o.startsWith("-XX:C1MaxInlineSize"));
        List<String> eigen = kind(List.of("-XX:C1MaxInlineSize=35"), false);
        assertThat(eigen.lastIndexOf("-XX:C1MaxInlineSize=35")).isGreaterThan(eigen.indexOf("-XX:C1MaxInlineSize=20"));
    }

    /** The child's command for a month, with the user's own JVM options; {@code landelijk}: {@code --regio=NL}. */
    private List<String> kind(List<String> jvmOpties, boolean landelijk) throws Exception {
        Path jar = Files.writeString(tmp.resolve("regietafel.jar"), "x");
        StartupCache cache = new StartupCache(tmp.resolve("data"), jar, "java");
        return Relauncher.command("java", cache, null, jvmOpties, new String[]{"--periode=2022-12"}, landelijk);
    }

    @Test
    void een_nieuwe_build_of_andere_java_krijgt_een_nieuwe_cache() throws Exception {
        Path jar = Files.writeString(tmp.resolve("regietafel.jar"), "x");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String eerst = StartupCache.key(jar, "/java17/bin/java");

        assertThat(StartupCache.key(jar, "/java17/bin/java")).isEqualTo(eerst);
        assertThat(StartupCache.key(jar, "/java21/bin/java")).isNotEqualTo(eerst);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertThat(StartupCache.key(jar, "/java17/bin/java")).isNotEqualTo(eerst).hasSize(16);
    }

    @Test
    void alleen_het_archief_van_een_geslaagde_run_telt() throws Exception {
        Path jar = Files.writeString(tmp.resolve("regietafel.jar"), "x");
        StartupCache cache = new StartupCache(tmp.resolve("data"), jar, "java");
        Files.createDirectories(cache.dir());

        Files.writeString(cache.newArchive(), "half");
        cache.keep(cache.newArchive(), false);
        assertThat(cache.hasArchive()).isFalse();
        assertThat(cache.newArchive()).doesNotExist();

        Files.writeString(cache.newArchive(), "archief");
        cache.keep(cache.newArchive(), true);
        assertThat(cache.archive()).hasContent("archief");
        assertThat(cache.newArchive()).doesNotExist();
    }

    @Test
    void een_jar_die_niet_uit_te_pakken_is_geeft_geen_cache_en_laat_niets_achter() throws Exception {
        Path jar = Files.writeString(tmp.resolve("regietafel.jar"), "geen jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StartupCache cache = new StartupCache(tmp.resolve("data"), jar, java);
        Files.createDirectories(tmp.resolve("data/opstartcache/oude-build"));

        assertThat(cache.extract()).isFalse();

        assertThat(cache.extracted()).isFalse();
        try (var rest = Files.list(tmp.resolve("data/opstartcache"))) {
            assertThat(rest).as("oude cache en half uitgepakte map opgeruimd").isEmpty();
        }
    }

    /** Spring Boot's extract keeps the jar's own name: a renamed jar still finds its extracted copy. */
    @Test
    void een_hernoemde_jar_vindt_zijn_uitgepakte_kopie() throws Exception {
        Path jar = Files.writeString(tmp.resolve("Regietafel 1.0.jar"), "x");
        StartupCache cache = new StartupCache(tmp.resolve("data"), jar, "java");
        assertThat(cache.appJar().getFileName().toString()).isEqualTo("Regietafel 1.0.jar");
        Files.createDirectories(cache.dir().resolve("lib"));
        Files.writeString(cache.appJar(), "x");
        assertThat(cache.extracted()).isTrue();
    }
}
