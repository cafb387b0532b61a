package nl.regietafel.ingest.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Whatever POI throws becomes a Dutch message; nothing escapes as an exception. */
class VeiligeWerkmapTest {

    @Test
    void elke_throwable_van_poi_wordt_een_nederlandse_melding() {
        assertThat(VeiligeWerkmap.vertaal(new StackOverflowError(), "x")).contains("te diep geneste XML");
        assertThat(VeiligeWerkmap.vertaal(new OutOfMemoryError(), "x")).contains("te veel geheugen");
        assertThat(VeiligeWerkmap.vertaal(new IOException("Zip bomb detected! The file would exceed the max. ratio"), "x"))
                .contains("zip-bom");
        assertThat(VeiligeWerkmap.vertaal(new RuntimeException(new IllegalStateException("DOCTYPE is disallowed")), "x"))
                .contains("DOCTYPE of entiteiten");
        assertThat(VeiligeWerkmap.vertaal(new IllegalArgumentException("iets anders"), "is beschadigd"))
                .isEqualTo("is beschadigd (IllegalArgumentException: iets anders)");
    }

    @Test
    void limieten_worden_eenmaal_jvm_breed_ingesteld() {
        ExcelLimieten.stelIn();
        ExcelLimieten.stelIn();
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(30L * 1024 * 1024);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxFileCount()).isEqualTo(500);
        assertThat(org.apache.poi.util.IOUtils.getByteArrayMaxOverride()).isEqualTo(30 * 1024 * 1024);
    }
}
