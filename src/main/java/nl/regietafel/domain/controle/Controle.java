package nl.regietafel.domain.controle;

/**
 * One check of SPEC §5.6 as it appears on the sheet {@code Controles}: what was checked, on
 * which input, what was expected (computed), what was found (in the source) and the outcome.
 * All texts are Dutch with Dutch number format.
 */
public record Controle(String code, String omschrijving, String invoer, String verwacht, String gevonden, Uitkomst uitkomst) {
}
