package nl.regietafel.report.procesplan;

import java.util.List;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

/**
 * Which figures fill Tabel 2.2: per row the opgave and, per year column, the peildata whose
 * figures it shows ("2023-04-01"; "2023-1+2023-2" adds two half years; "-" is no figure).
 * The procesplan's own choice is {@link #procesplan()}.
 */
public record Tabel22Indeling(List<String> jaren, List<Rij> rijen, String scenario) {

    public record Rij(String nummer, Opgave opgave, String label, List<String> kolommen) {

        /** The row's peildata, column by column, in the order written. */
        public List<Peildatum> peildata() {
            return kolommen.stream().flatMap(k -> Tabel22Indeling.peildata(k).stream()).toList();
        }
    }

    /** The peildata of one column: "2023-1+2023-2" gives two, "-" none. */
    public static List<Peildatum> peildata(String kolom) {
        if (kolom.trim().equals("-")) return List.of();
        return java.util.Arrays.stream(kolom.split("\\+")).map(String::trim).map(Peildatum::of).toList();
    }

    public static Tabel22Indeling procesplan() {
        return new Tabel22Indeling(List.of("2023", "2024"), List.of(
                new Rij("1.", Opgave.ASIEL, "Asielzoekers (incl. AMV's)", List.of("2023-04-01", "2024-01-01")),
                new Rij("1a.", Opgave.ASIEL_AMV, "Waarvan AMV's", List.of("2023-01-01", "2024-01-01")),
                new Rij("2.", Opgave.STATUSHOUDERS, "Statushouders", List.of("2023-1+2023-2", "2024")),
                new Rij("2a.", Opgave.STATUSHOUDERS_AMV, "Waarvan AMV's", List.of("-", "2024-01-01")),
                new Rij("3.", Opgave.OEKRAINE, "Oekraïense ontheemden", List.of("2023-07-01", "2024-01-01"))),
                "midden");
    }
}
