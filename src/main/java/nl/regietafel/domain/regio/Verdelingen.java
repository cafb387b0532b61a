package nl.regietafel.domain.regio;

import java.util.List;
import java.util.Optional;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

/**
 * Looks up figures in a region's stored distribution, the same way for every document: a
 * region's own figure (its row under the provincie or the country), else the total it split over
 * its gemeenten; a gemeente's share under the region. Scenario "" first, then the chosen one.
 */
public final class Verdelingen {

    /** A figure with the row it came from; {@code regel} is null when it is a total split over the gemeenten. */
    public record Cijfer(Sleutel sleutel, long aantal, Long bronId, VerdelingRegel regel) {
        public boolean vastgesteld() {
            return bronId != null;
        }
    }

    private final List<VerdelingRegel> regels;
    private final String regio;
    private final String scenario;

    public Verdelingen(List<VerdelingRegel> regels, String regio, String scenario) {
        this.regels = regels;
        this.regio = regio;
        this.scenario = scenario;
    }

    public Optional<Cijfer> regio(Opgave opgave, Peildatum peildatum) {
        for (String s : List.of("", scenario)) {
            Sleutel sleutel = new Sleutel(opgave, peildatum, s);
            Optional<VerdelingRegel> eigen = regels.stream()
                    .filter(v -> v.sleutel().equals(sleutel) && v.gebiedCode().equals(regio) && !v.ouderCode().equals(regio))
                    .findFirst();
            if (eigen.isPresent()) {
                VerdelingRegel v = eigen.get();
                return Optional.of(new Cijfer(sleutel, v.geldend(), v.vastgesteld() != null ? v.bronId() : null, v));
            }
            Optional<VerdelingRegel> deel = regels.stream()
                    .filter(v -> v.sleutel().equals(sleutel) && v.ouderCode().equals(regio)).findFirst();
            if (deel.isPresent()) {
                return Optional.of(new Cijfer(sleutel, deel.get().totaal(), deel.get().totaalBronId(), null));
            }
        }
        return Optional.empty();
    }

    public Optional<VerdelingRegel> gemeente(Opgave opgave, Peildatum peildatum, String gemeenteCode) {
        for (String s : List.of("", scenario)) {
            Sleutel sleutel = new Sleutel(opgave, peildatum, s);
            Optional<VerdelingRegel> r = regels.stream()
                    .filter(v -> v.sleutel().equals(sleutel) && v.ouderCode().equals(regio) && v.gebiedCode().equals(gemeenteCode))
                    .findFirst();
            if (r.isPresent()) return r;
        }
        return Optional.empty();
    }
}
