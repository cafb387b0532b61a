package nl.regietafel.report.beeld;

import java.util.List;

import nl.regietafel.domain.cno.CnoBeoordeling;
import nl.regietafel.domain.cno.Mijlpaal;
import nl.regietafel.domain.cno.Sluitsignaal;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.onderdestreep.Balans;
import nl.regietafel.domain.realisatie.CnoStand;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.report.Documentkop;

/**
 * A region's month for the documents. {@code vorigePeriode} is null when the store holds no
 * earlier period (then every trend is empty).
 */
public record Maandbeeld(Documentkop kop, String provincieCode, String provincieNaam, long inwoners,
                         java.time.YearMonth vorigePeriode, List<Opgavestand> regio, List<Gemeentebeeld> gemeenten,
                         Voortgang statushouders, CnoStand cno, List<CnoBeoordeling> cnoLocaties,
                         List<Sluitsignaal> cnoNaMijlpaal, List<Mijlpaal> mijlpalen, Balans onderDeStreep,
                         List<Controle> controles) {

    public Gemeentebeeld gemeente(String code) {
        return gemeenten.stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
    }

    public Opgavestand stand(nl.regietafel.domain.Opgave opgave, String peildatum) {
        return regio.stream()
                .filter(o -> o.opgave() == opgave && o.peildatum().code().equals(peildatum))
                .findFirst().orElse(null);
    }
}
