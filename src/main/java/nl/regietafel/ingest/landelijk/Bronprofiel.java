package nl.regietafel.ingest.landelijk;

import java.util.List;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

/**
 * A source profile: how to read one publisher's layout (docs/invoerformaten.md, "Source
 * profile"). Header texts are synonyms, matched ignoring case, accents, spacing and punctuation
 * at the ends; the first synonym that matches wins.
 *
 * @param blad                 sheet-name synonyms; empty = first sheet
 * @param kopregelUiterlijkRij the header row is searched in rows 1..this (default 30)
 * @param totaalregels         prefixes of area names that mark the total of a higher area
 * @param maximum              largest plausible figure for any row (optional key {@code maximum}); null =
 *                             {@link #maximumVoor} default per level
 * @param tabellen             the tables of the sheet, top to bottom; a profile without key {@code tabellen}
 *                             has one table without title, made of {@code gebied}, {@code totaalregels}, {@code cijfers}
 */
public record Bronprofiel(
        String naam,
        String omschrijving,
        List<String> blad,
        int kopregelUiterlijkRij,
        Gebiedkolommen gebied,
        List<String> totaalregels,
        List<Cijferkolom> cijfers,
        Long maximum,
        List<Tabel> tabellen) {

    /** A profile of one table per sheet (the layout before stacked tables). */
    public Bronprofiel(String naam, String omschrijving, List<String> blad, int kopregelUiterlijkRij, Gebiedkolommen gebied,
                       List<String> totaalregels, List<Cijferkolom> cijfers, Long maximum) {
        this(naam, omschrijving, blad, kopregelUiterlijkRij, gebied, totaalregels, cijfers, maximum, List.of());
    }

    /** Default bound for gemeente and veiligheidsregio rows (as for maandretouren). */
    public static final long STANDAARD_MAXIMUM = nl.regietafel.ingest.excel.ExcelLimieten.MAX_AANTAL;
    /** Default bound for provincie and national rows (the whole population is 17,6 million). */
    public static final long STANDAARD_MAXIMUM_PROVINCIE_LAND = 2_000_000;

    /** The largest plausible figure for a row of the given level. */
    public long maximumVoor(Gebied.Niveau niveau) {
        if (maximum != null) return maximum;
        return niveau == Gebied.Niveau.PROVINCIE || niveau == Gebied.Niveau.LAND ? STANDAARD_MAXIMUM_PROVINCIE_LAND : STANDAARD_MAXIMUM;
    }

    public Bronprofiel {
        blad = List.copyOf(blad);
        totaalregels = List.copyOf(totaalregels);
        cijfers = List.copyOf(cijfers);
        tabellen = tabellen == null || tabellen.isEmpty() ? List.of(new Tabel(List.of(), gebied, totaalregels, cijfers))
                : List.copyOf(tabellen);
    }

    /**
     * One table of a sheet: found below the previous one by a title row (any cell starting with one
     * of {@code titel}) or, without a title, by its header row; it ends where the next table begins.
     */
    public record Tabel(List<String> titel, Gebiedkolommen gebied, List<String> totaalregels, List<Cijferkolom> cijfers) {
        public Tabel {
            titel = List.copyOf(titel);
            totaalregels = List.copyOf(totaalregels);
            cijfers = List.copyOf(cijfers);
        }

        /** "tabel 'Provinciale opgaven … voor amv'", for messages; empty for an untitled table. */
        String naam() {
            return titel.isEmpty() ? "" : " (tabel '" + titel.get(0) + "')";
        }
    }

    /** Columns that identify the area: a code column, a name column or both, and the level of the rows. */
    public record Gebiedkolommen(List<String> code, List<String> naam, Gebied.Niveau niveau) {
        public Gebiedkolommen {
            code = List.copyOf(code);
            naam = List.copyOf(naam);
        }
    }

    /** One value column: header synonyms and what its figures are. {@code scenario} is null except for prognoses. */
    public record Cijferkolom(List<String> kolom, Opgave opgave, Peildatum peildatum, String scenario) {
        public Cijferkolom {
            kolom = List.copyOf(kolom);
        }
    }
}
