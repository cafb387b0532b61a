package nl.regietafel.ingest.landelijk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Herkomst;
import nl.regietafel.ingest.Melding;

/**
 * {@code landelijk/documenten.yaml}: one entry per national document with its provenance and
 * the profile to read it with. Paths are resolved and checked by {@link ManifestLader}.
 */
public record Manifest(List<Document> documenten, List<Melding> afgewezen, Map<String, Path> afgewezenProfielen) {

    /**
     * @param afgewezen          the faults of entries left out (FOUT, with the entry's line in the manifest
     *                           as {@code rij}); the other documents are still read
     * @param afgewezenProfielen per entry left out ({@code documenten[2]}, as in the faults' {@code kolom}) the
     *                           profile it names, where that exists: it tells which opgaven the entry held
     */
    public Manifest {
        documenten = List.copyOf(documenten);
        afgewezen = List.copyOf(afgewezen);
        afgewezenProfielen = Map.copyOf(afgewezenProfielen);
    }

    public Manifest(List<Document> documenten, List<Melding> afgewezen) {
        this(documenten, afgewezen, Map.of());
    }

    public Manifest(List<Document> documenten) {
        this(documenten, List.of());
    }

    /** {@code documenten[3]} for {@code documenten[3].bestand}: the entry a fault belongs to. */
    public static String regelsleutel(Melding m) {
        return m.kolom() == null ? "" : m.kolom().replaceFirst("].*", "]");
    }

    /** How many entries the faults name ({@code documenten[3].bestand} and {@code documenten[3].datum} are one). */
    public static int aantalDocumenten(List<Melding> afgewezen) {
        return (int) afgewezen.stream().map(Manifest::regelsleutel).distinct().count();
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
