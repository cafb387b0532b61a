package nl.regietafel.report.verloop;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regietafel.domain.verloop.Halfjaarverloop;
import nl.regietafel.domain.verloop.Reeks;
import nl.regietafel.domain.verloop.Toezichtschaal;

/**
 * A region's development up to {@code periode}: its series per opgave, each gemeente's, the
 * statushouders of the period's half year by gemeente code (and the region's under its own code),
 * and the province's supervision scale when the input has one.
 */
public record Verloop(String regio, YearMonth periode, List<YearMonth> perioden, List<Reeks> regioreeksen,
                      Map<String, List<Reeks>> gemeentereeksen, Map<String, Halfjaarverloop> statushouders,
                      Optional<Toezichtschaal> schaal, String provincieNaam) {

    public Verloop {
        perioden = List.copyOf(perioden);
        regioreeksen = List.copyOf(regioreeksen);
        gemeentereeksen = Map.copyOf(gemeentereeksen);
        statushouders = Map.copyOf(statushouders);
    }
}
