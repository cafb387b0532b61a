package nl.regietafel.domain.realisatie;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.Opgave;

/**
 * The counting rules: per opgave counted in places, which doelgroep and soort count (SPEC §5.4).
 * A plain value; the kernteam can change it in the settings ({@code regietafel.telregels.*}).
 */
public record Telregels(Map<Opgave, Telregel> regels) {

    public Telregels {
        regels = Map.copyOf(regels);
    }

    /**
     * The national definitions: CNO never counts as regular asylum capacity, only for CNO; for
     * Oekraïne municipal reception counts and private hosting (Particulier) is shown beside it,
     * because the 75.000 / 90.000 places of the Veiligheidsberaad are municipal places.
     */
    public static Telregels standaard() {
        Set<LocatieSoort> regulier = EnumSet.complementOf(EnumSet.of(LocatieSoort.CNO));
        Set<LocatieSoort> gemeentelijk = EnumSet.complementOf(EnumSet.of(LocatieSoort.CNO, LocatieSoort.PARTICULIER));
        Map<Opgave, Telregel> m = new EnumMap<>(Opgave.class);
        m.put(Opgave.ASIEL, new Telregel(EnumSet.of(Doelgroep.ASIELZOEKERS, Doelgroep.AMV), regulier, Set.of()));
        m.put(Opgave.ASIEL_AMV, new Telregel(EnumSet.of(Doelgroep.AMV), regulier, Set.of()));
        m.put(Opgave.OEKRAINE, new Telregel(EnumSet.of(Doelgroep.OEKRAINERS), gemeentelijk, EnumSet.of(LocatieSoort.PARTICULIER)));
        m.put(Opgave.CNO, new Telregel(EnumSet.of(Doelgroep.ASIELZOEKERS, Doelgroep.AMV), EnumSet.of(LocatieSoort.CNO), Set.of()));
        return new Telregels(m);
    }

    /** These rules with the given opgaven replaced (settings override defaults per opgave). */
    public Telregels met(Map<Opgave, Telregel> vervanging) {
        Map<Opgave, Telregel> m = new EnumMap<>(Opgave.class);
        m.putAll(regels);
        m.putAll(vervanging);
        return new Telregels(m);
    }

    /** The rule of an opgave counted in places; none for statushouders (counted in persons). */
    public Telregel regel(Opgave opgave) {
        Telregel r = regels.get(opgave);
        if (r == null) {
            throw new IllegalArgumentException("Geen telregel voor opgave " + opgave.label());
        }
        return r;
    }
}
