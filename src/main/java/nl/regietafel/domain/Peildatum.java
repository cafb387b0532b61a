package nl.regietafel.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The moment or period a figure refers to. Places are counted at a date ("2023-04-01"),
 * statushouders per half year ("2023-1" is the first half of 2023), prognoses sometimes per
 * calendar year ("2024"). The code is what is stored; {@link #label()} is what documents print.
 */
public record Peildatum(String code) implements Comparable<Peildatum> {

    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HALFJAAR = Pattern.compile("\\d{4}-[12]");
    private static final Pattern JAAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    public enum Soort { DATUM, HALFJAAR, JAAR }

    public Peildatum {
        if (code == null || !(DATUM.matcher(code).matches() || HALFJAAR.matcher(code).matches() || JAAR.matcher(code).matches())) {
            throw new IllegalArgumentException("Ongeldige peildatum '" + code + "': verwacht jjjj-mm-dd, jjjj-1, jjjj-2 of jjjj");
        }
        if (DATUM.matcher(code).matches()) {
            LocalDate.parse(code); // rejects 2023-02-30
        }
    }

    public static Peildatum of(String code) {
        return new Peildatum(code);
    }

    public static Peildatum of(LocalDate datum) {
        return new Peildatum(datum.toString());
    }

    public static Peildatum halfjaar(int jaar, int helft) {
        return new Peildatum(jaar + "-" + helft);
    }

    /**
     * Of {@code peildata} (in their order), those still ahead at the end of {@code periode}: a
     * peildatum that has passed was measured in its own month. When every one has passed, the
     * last stays, so an opgave does not vanish from the month.
     */
    public static java.util.List<Peildatum> nogTeGaan(java.util.List<Peildatum> peildata, java.time.YearMonth periode) {
        LocalDate stand = periode.atEndOfMonth();
        java.util.List<Peildatum> komend = peildata.stream().filter(p -> !p.einde().isBefore(stand)).toList();
        if (komend.isEmpty() && !peildata.isEmpty()) return java.util.List.of(peildata.get(peildata.size() - 1));
        return komend;
    }

    public Soort soort() {
        if (DATUM.matcher(code).matches()) return Soort.DATUM;
        if (HALFJAAR.matcher(code).matches()) return Soort.HALFJAAR;
        return Soort.JAAR;
    }

    public int jaar() {
        return Integer.parseInt(code.substring(0, 4));
    }

    /** First day the figure can refer to; used for ordering. */
    public LocalDate begin() {
        return switch (soort()) {
            case DATUM -> LocalDate.parse(code);
            case HALFJAAR -> LocalDate.of(jaar(), code.endsWith("-1") ? 1 : 7, 1);
            case JAAR -> LocalDate.of(jaar(), 1, 1);
        };
    }

    /**
     * The day a count refers to: the date itself, or the last day of the half year or year
     * (a plan helps a half year's taakstelling only if it opens by its end).
     */
    public LocalDate einde() {
        return switch (soort()) {
            case DATUM -> LocalDate.parse(code);
            case HALFJAAR -> code.endsWith("-1") ? LocalDate.of(jaar(), 6, 30) : LocalDate.of(jaar(), 12, 31);
            case JAAR -> LocalDate.of(jaar(), 12, 31);
        };
    }

    /** The date itself when this is a date, otherwise null (a half year or year is no single day). */
    public LocalDate dag() {
        return soort() == Soort.DATUM ? LocalDate.parse(code) : null;
    }

    /** Dutch label: "1 april 2023", "1e helft 2023", "2024". */
    public String label() {
        return switch (soort()) {
            case DATUM -> LocalDate.parse(code).format(NL);
            case HALFJAAR -> (code.endsWith("-1") ? "1e" : "2e") + " helft " + jaar();
            case JAAR -> String.valueOf(jaar());
        };
    }

    @Override
    public int compareTo(Peildatum o) {
        int c = begin().compareTo(o.begin());
        return c != 0 ? c : code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
