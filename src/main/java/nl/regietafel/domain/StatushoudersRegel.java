package nl.regietafel.domain;

/**
 * One row of the sheet {@code Statushouders}: a half year's taakstelling, the achterstand
 * carried in (negative is a voorsprong), persons housed so far, of whom AMV.
 */
public record StatushoudersRegel(
        Peildatum halfjaar,
        long taakstelling,
        long achterstandBeginPeriode,
        long gehuisvest,
        long waarvanAmv,
        String instrumenten) {
}
