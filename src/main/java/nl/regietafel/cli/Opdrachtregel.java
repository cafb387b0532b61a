package nl.regietafel.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.regietafel.ingest.Maandmappen;

/** Parses the command line of SPEC §4. Errors are {@link OngeldigeOpdrachtException} with a Dutch one-liner. */
public final class Opdrachtregel {

    public static final Set<String> JOBS = Set.of("maand", "import", "verdeling", "rapportage", "uitvraag");
    private static final Pattern REGIO = Pattern.compile("NL|VR(0[1-9]|1\\d|2[0-5])|PV(2\\d|3[01])");
    private static final Pattern MAAND = Pattern.compile("\\d{4}-\\d{2}");

    public static final String HULP = """
            Regietafel — maandelijkse verwerking van de Regietafel Asielinstroom

            Gebruik:
              java -jar target/regietafel.jar [opties]

            Opties:
              --job=maand|import|verdeling|rapportage|uitvraag
                                 welke taak (standaard: maand = import, verdeling en rapportage)
              --periode=jjjj-mm  de maand (standaard: de nieuwste map onder <input>/retouren/)
              --regio=CODE       veiligheidsregio VR01–VR25, provincie PV20–PV31 of NL
                                 (standaard: VR05, Twente)
              --input=MAP        map met de invoer (standaard: input)
              --output=MAP       map voor de documenten (standaard: output); ze komen in <output>/<jjjj-mm>/
              --regietafel.minimum-vrije-ruimte-mb=N
                                 vrije schijfruimte in MB die de uitvoermap bij de start moet hebben
                                 (standaard 200)
              --regietafel.profiel=BESTAND.jfr
                                 schrijft een profiel van de run (JDK Flight Recorder), voor wie
                                 wil nagaan waar de tijd van een trage run heen gaat
              --help             deze tekst

            Afsluitcodes: 0 klaar zonder afwijzingen; 2 klaar, maar bestanden of regels afgewezen
            (zie controlerapport); 1 mislukt (reden op stderr, eerder gepubliceerde documenten blijven staan).
            """;

    private Opdrachtregel() {
    }

    public static boolean vraagtHulp(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals("--help") || a.equals("-h"));
    }

    public static Opdracht lees(String[] args) {
        String job = "maand";
        String periode = null;
        String regio = "VR05";
        Path input = Path.of("input");
        Path output = Path.of("output");
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                // Spring Boot's own options (e.g. --spring.profiles.active) pass through untouched.
                throw new OngeldigeOpdrachtException("Onbekend argument '" + arg + "'. Zie --help.");
            }
            int is = arg.indexOf('=');
            String naam = is < 0 ? arg.substring(2) : arg.substring(2, is);
            String waarde = is < 0 ? "" : arg.substring(is + 1);
            switch (naam) {
                case "job" -> job = waarde;
                case "periode" -> periode = waarde;
                case "regio" -> regio = waarde.toUpperCase(java.util.Locale.ROOT);
                case "input" -> input = Path.of(waarde);
                case "output" -> output = Path.of(waarde);
                default -> {
                    if (!naam.startsWith("spring.") && !naam.startsWith("regietafel.") && !naam.startsWith("logging.")) {
                        throw new OngeldigeOpdrachtException("Onbekende optie '--" + naam + "'. Zie --help.");
                    }
                }
            }
        }
        if (!JOBS.contains(job)) {
            throw new OngeldigeOpdrachtException("Onbekende job '" + job + "': kies maand, import, verdeling, rapportage of uitvraag.");
        }
        if (!REGIO.matcher(regio).matches()) {
            throw new OngeldigeOpdrachtException("Onbekende regio '" + regio + "': gebruik VR01–VR25, PV20–PV31 of NL.");
        }
        if (!Files.isDirectory(input)) {
            throw new OngeldigeOpdrachtException("Invoermap '" + input + "' bestaat niet.");
        }
        Path retouren = input.resolve("retouren");
        YearMonth maand = periode != null ? parseMaand(periode) : nieuwstePeriode(input)
                .orElseThrow(() -> new OngeldigeOpdrachtException(
                        "Geen periode opgegeven en geen map jjjj-mm gevonden onder " + retouren + "."));
        return new Opdracht(job, maand, regio, input, output);
    }

    private static YearMonth parseMaand(String tekst) {
        try {
            if (MAAND.matcher(tekst).matches()) {
                return YearMonth.parse(tekst);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new OngeldigeOpdrachtException("Ongeldige periode '" + tekst + "': gebruik jjjj-mm, bijvoorbeeld 2022-12.");
    }

    static Optional<YearMonth> nieuwstePeriode(Path input) {
        try {
            List<YearMonth> perioden = Maandmappen.perioden(input);
            return perioden.isEmpty() ? Optional.empty() : Optional.of(perioden.get(perioden.size() - 1));
        } catch (UncheckedIOException e) {
            throw new OngeldigeOpdrachtException("Kan de map " + input.resolve("retouren") + " niet lezen: " + e.getCause().getMessage());
        }
    }
}
