package nl.regietafel.domain;

/**
 * One figure read from a national document (circulaire, letter, informatieset, PRT split,
 * prognosis): for one opgave, area and peildatum. {@code scenario} is null except in
 * prognoses (laag, midden, hoog).
 */
public record LandelijkCijfer(Opgave opgave, String gebiedCode, Peildatum peildatum, String scenario, long aantal) {
}
