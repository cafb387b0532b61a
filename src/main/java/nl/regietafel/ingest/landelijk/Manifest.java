package nl.regietafel.ingest.landelijk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.regietafel.domain.Herkomst;

/**
 * {@code landelijk/documenten.yaml}: one entry per national document with its provenance and
 * the profile to read it with. Paths are resolved and checked by {@link ManifestLader}.
 */
public record Manifest(List<Document> documenten) {

    public Manifest {
        documenten = List.copyOf(documenten);
    }

    /**
     * @param bestand     file name as written in the manifest
     * @param pad         the file, resolved against the manifest's folder (exists)
     * @param profielPad  {@code profielen/<profiel>.yaml} (exists)
     * @param kenmerk     empty when the source gives none
     */
    public record Document(String bestand, Path pad, String profiel, Path profielPad, String titel, String kenmerk,
                           LocalDate datum, String uitgever) {

        public Herkomst herkomst(String sha256) {
            return new Herkomst(titel, kenmerk, datum, uitgever, bestand, sha256);
        }
    }
}
