package nl.regietafel.ingest;

import nl.regietafel.ingest.excel.ExcelLimieten;

import org.springframework.context.annotation.Configuration;

/**
 * Sets POI's JVM-wide limits against hostile files (zip bombs, huge entries) once, before any
 * input file is opened (STYLE.md: the limits are statics).
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguratie {

    static {
        ExcelLimieten.stelIn();
    }
}
