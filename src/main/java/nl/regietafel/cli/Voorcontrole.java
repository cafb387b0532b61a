package nl.regietafel.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.ReferentieReader;
import nl.regietafel.ingest.landelijk.Manifest;
import nl.regietafel.ingest.landelijk.ManifestLader;

/**
 * The faults a run can see before any work (SPEC §7): a period without returns or before the
 * data, an output folder that cannot be written, too little disk space. Each is one Dutch line
 * that says what to do ({@link OngeldigeOpdrachtException}), found in milliseconds instead of
 * after the import and half the rendering.
 */
public final class Voorcontrole {

    /** Free space the output's disk must have at start, in MB; a Twente month takes about 3 MB, all of NL about 60. */
    public static final long STANDAARD_MINIMUM_MB = 200;
    public static final String MINIMUM_OPTIE = "regietafel.minimum-vrije-ruimte-mb";

    private Voorcontrole() {
    }

    /** All checks that apply to the job; {@code args} may set {@value #MINIMUM_OPTIE}. */
    public static void controleer(Opdracht o, String[] args) {
        if (leestInvoer(o.job())) {
            periodeNaDeGegevens(o.periode(), o.input());
            retourenAanwezig(o.periode(), o.input());
        }
        if (!o.job().equals("import")) {
            long minimum = minimumMb(args);
            beschrijfbaar(o.output());
            vrijeRuimte(o.output(), minimum);
        }
    }

    static boolean leestInvoer(String job) {
        return job.equals(Opdracht.MAAND) || job.equals("import");
    }

    /** A period before the reference data or the oldest national document has nothing to report on. */
    static void periodeNaDeGegevens(YearMonth periode, Path input) {
        YearMonth referentie = YearMonth.from(ReferentieReader.CBS_2022_PEILDATUM);
        if (periode.isBefore(referentie)) {
            throw new OngeldigeOpdrachtException("Periode " + periode + " ligt vóór de referentiegegevens (inwoners per "
                    + ReferentieReader.CBS_2022_PEILDATUM + "): kies een periode vanaf " + referentie + ".");
        }
        oudsteDocument(input).ifPresent(d -> {
            YearMonth vanaf = YearMonth.from(d.datum());
            if (periode.isBefore(vanaf)) {
                throw new OngeldigeOpdrachtException("Periode " + periode + " ligt vóór het oudste landelijke document ("
                        + d.bestand() + ", " + d.datum() + "): kies een periode vanaf " + vanaf + ".");
            }
        });
    }

    /** The manifest as far as it can be read; a manifest with faults is reported by the import itself. */
    private static Optional<Manifest.Document> oudsteDocument(Path input) {
        Path manifest = input.resolve("landelijk").resolve("documenten.yaml");
        if (!Files.isRegularFile(manifest)) return Optional.empty();
        Leesresultaat<Manifest> r = ManifestLader.lees(manifest, input.resolve("profielen"));
        if (r.isAfgewezen()) return Optional.empty();
        return r.waarde().documenten().stream().filter(d -> d.datum() != null)
                .min(Comparator.comparing(Manifest.Document::datum));
    }

    static void retourenAanwezig(YearMonth periode, Path input) {
        Path retouren = input.resolve("retouren");
        if (Files.isDirectory(retouren.resolve(periode.toString()))) return;
        List<String> aanwezig = List.of();
        if (Files.isDirectory(retouren)) {
            try (Stream<Path> mappen = Files.list(retouren)) {
                aanwezig = mappen.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(n -> n.matches("\\d{4}-\\d{2}")).sorted().toList();
            } catch (IOException e) {
                // the line below still says what is missing
            }
        }
        throw new OngeldigeOpdrachtException("Geen maandretouren voor " + periode + ": de map "
                + retouren.resolve(periode.toString()) + " bestaat niet. Zet de retouren daar neer of kies met --periode "
                + (aanwezig.isEmpty() ? "een maand waarvoor ze er zijn." : "een maand waarvoor ze er zijn ("
                + String.join(", ", aanwezig) + ")."));
    }

    /** Creates the output folder if needed and writes (and removes) a small file in it. */
    static void beschrijfbaar(Path output) {
        String wat = "Uitvoermap '" + output + "' is niet beschrijfbaar";
        String doe = ": kies met --output een map waarin u mag schrijven.";
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new OngeldigeOpdrachtException(wat + " (het is een bestand, geen map)" + doe);
        }
        try {
            Files.createDirectories(output);
            Path proef = Files.createTempFile(output, ".regietafel-schrijfproef-", ".tmp");
            Files.delete(proef);
        } catch (AccessDeniedException e) {
            throw new OngeldigeOpdrachtException(wat + " (geen schrijfrechten op " + e.getFile() + ")" + doe);
        } catch (IOException | RuntimeException e) {
            throw new OngeldigeOpdrachtException(wat + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")" + doe);
        }
    }

    static void vrijeRuimte(Path output, long minimumMb) {
        long vrijMb;
        try {
            vrijMb = Files.getFileStore(output).getUsableSpace() / (1024 * 1024);
        } catch (IOException e) {
            return; // unknown: writing will tell, with its own line
        }
        if (vrijMb < minimumMb) {
            throw new OngeldigeOpdrachtException("Te weinig vrije schijfruimte voor '" + output + "': " + vrijMb
                    + " MB vrij, minimaal " + minimumMb + " MB nodig. Maak ruimte vrij of kies met --output een andere schijf"
                    + " (de drempel is --" + MINIMUM_OPTIE + ").");
        }
    }

    static long minimumMb(String[] args) {
        String voorvoegsel = "--" + MINIMUM_OPTIE + "=";
        for (String arg : args) {
            if (arg.startsWith(voorvoegsel)) {
                try {
                    return Long.parseLong(arg.substring(voorvoegsel.length()).trim());
                } catch (NumberFormatException e) {
                    throw new OngeldigeOpdrachtException("Ongeldige waarde voor --" + MINIMUM_OPTIE + ": '"
                            + arg.substring(voorvoegsel.length()) + "'; verwacht een aantal MB, bijvoorbeeld 200.");
                }
            }
        }
        return STANDAARD_MINIMUM_MB;
    }
}
