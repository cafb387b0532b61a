package nl.regietafel.cli;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What the user asked for on the command line (SPEC §4), with the defaults filled in.
 * {@code regio} is a veiligheidsregio (VR05), a provincie (PV23) or NL.
 */
public record Opdracht(String job, YearMonth periode, String regio, Path input, Path output) {

    public static final String MAAND = "maand";
}
