package nl.regietafel.report.procesplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.procesplan.ProcesplanModelBouwer.Invoer;

/**
 * Bijlage 4 of the procesplan: the CNO locations from the gemeenten's returns, with their capacity
 * and status, and the gemeenten whose return names none (n.v.t.).
 */
final class Bijlage4Bouwer {

    private Bijlage4Bouwer() {
    }

    static Bijlage4 van(Invoer in, Opmaak fmt) {
        String regio = in.kop().regioCode();
        List<Bijlage4.Regel> regels = new ArrayList<>();
        Set<String> gedekt = new HashSet<>();
        long totaal = 0;
        long inGebruik = 0;
        long gesloten = 0;
        Map<String, Maandretour> perGemeente = new LinkedHashMap<>();
        in.retouren().forEach(r -> perGemeente.put(r.gemeenteCode(), r));
        for (Gemeente g : in.indeling().gemeenten(regio)) {
            Maandretour r = perGemeente.get(g.code());
            if (r == null) continue;
            for (Locatie l : r.locaties()) {
                if (l.soort() != LocatieSoort.CNO) continue;
                gedekt.add(g.code());
                gedekt.addAll(l.gedeeldMet());
                String label = l.gedeeldMet().isEmpty() ? g.naam()
                        : g.naam() + " (" + String.join("/", l.gedeeldMet().stream().map(in::naam).toList()) + ")";
                regels.add(new Bijlage4.Regel(label, l.plaats(), l.capaciteit(), l.status().label()));
                totaal += l.capaciteit();
                if (l.status() == LocatieStatus.IN_GEBRUIK) inGebruik += l.capaciteit();
                if (l.status() == LocatieStatus.GESLOTEN) gesloten += l.capaciteit();
            }
        }
        List<Bijlage4.Regel> nvt = in.indeling().gemeenten(regio).stream()
                .filter(g -> perGemeente.containsKey(g.code()) && !gedekt.contains(g.code()))
                .map(g -> new Bijlage4.Regel(g.naam(), null, null, null))
                .toList();
        List<Bijlage4.Regel> alle = new ArrayList<>(regels);
        alle.addAll(nvt);
        alle.sort(Comparator.comparing(Bijlage4.Regel::cno));
        return new Bijlage4(fmt.maand(in.kop().periode()), alle, totaal, inGebruik, gesloten,
                "Bron: maandretouren van de gemeenten, " + fmt.maand(in.kop().periode()));
    }
}
