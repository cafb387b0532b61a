package nl.regietafel.ingest.regio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a PNG or JPEG that really lies in the settings folder, and not too big, becomes the logo. */
class RegiologoTest {

    static final byte[] PNG_KOP = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @TempDir
    Path tmp;

    @Test
    void een_png_wordt_een_data_uri() throws Exception {
        Path regio = Files.createDirectories(tmp.resolve("regio"));
        Files.write(regio.resolve("logo.png"), PNG_KOP);

        Regiologo.Gelezen l = Regiologo.lees(regio, "logo.png");

        // base64 of the ten bytes 89 50 4E 47 0D 0A 1A 0A 00 00
        assertThat(l.dataUri()).isEqualTo("data:image/png;base64,iVBORw0KGgoAAA==");
        assertThat(l.bruikbaar()).isTrue();
    }

    @Test
    void wat_geen_logo_mag_zijn_wordt_met_reden_geweigerd() throws Exception {
        Path regio = Files.createDirectories(tmp.resolve("regio"));
        Files.write(tmp.resolve("buiten.png"), PNG_KOP);
        Files.createSymbolicLink(regio.resolve("link.png"), tmp.resolve("buiten.png"));
        Files.writeString(regio.resolve("tekst.jpg"), "geen afbeelding");
        Files.write(regio.resolve("groot.png"), new byte[Regiologo.MAX_BYTES + 1]);

        assertThat(Regiologo.lees(regio, "../buiten.png").reden()).isEqualTo("geen bestandsnaam van een .png of .jpg in de map regio/");
        assertThat(Regiologo.lees(regio, "link.png").reden()).isEqualTo("het bestand ligt niet in de map regio/");
        assertThat(Regiologo.lees(regio, "tekst.jpg").reden()).isEqualTo("geen PNG- of JPEG-afbeelding");
        assertThat(Regiologo.lees(regio, "groot.png").reden()).startsWith("groter dan 512 kB");
        assertThat(Regiologo.lees(regio, "weg.png").reden()).isEqualTo("het bestand ontbreekt in de map regio/");
        assertThat(Regiologo.lees(regio, "weg.png").dataUri()).isNull();
    }
}
