package nl.regietafel.domain.regio;

import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.verdeling.Methode;

/**
 * How each opgave is distributed: the apportionment method, and the opgaven that national
 * policy splits equally over the veiligheidsregio's instead of by inwoners (Oekraïne, procesplan
 * footnote 11: "gelijke verdeling over 25 veiligheidsregio's").
 */
public record Verdeelregels(Map<Opgave, Methode> methoden, Set<Opgave> gelijkPerVeiligheidsregio) {

    public static Verdeelregels standaard() {
        return new Verdeelregels(Map.of(), Set.of(Opgave.OEKRAINE));
    }

    public Methode methode(Opgave opgave) {
        return methoden.getOrDefault(opgave, Methode.GROOTSTE_OVERSCHOT);
    }
}
