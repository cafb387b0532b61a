package nl.regietafel.report.beeld;

import java.util.List;

import nl.regietafel.domain.cno.CnoBeoordeling;
import nl.regietafel.domain.cno.CnoCriteria;
import nl.regietafel.domain.cno.Mijlpaal;
import nl.regietafel.domain.cno.Sluitsignaal;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.onderdestreep.Balans;
import nl.regietafel.domain.realisatie.CnoStand;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.report.Documentkop;

/**
 * A region's month for the documents. {@code vorigePeriode} is null when the store holds no
 * earlier period (then every trend is empty). {@code cnoCriteria} are the criteria the CNO
 * locations were judged by, so that a document names the ones that were applied.
 */
public record Maandbeeld(Documentkop kop, String provincieCode, String provincieNaam, long inwoners,
                         java.time.YearMonth vorigePeriode, List<Opgavestand> regio, List<Gemeentebeeld> gemeenten,
                         Voortgang statushouders, CnoStand cno, List<CnoBeoordeling> cnoLocaties,
                         CnoCriteria cnoCriteria, List<Sluitsignaal> cnoNaMijlpaal, List<Mijlpaal> mijlpalen, Balans onderDeStreep,
                         List<Controle> controles) {

    public Gemeentebeeld gemeente(String code) {
        return gemeenten.stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
    }

    public Opgavestand stand(nl.regietafel.domain.Opgave opgave, String peildatum) {
        return regio.stream()
                .filter(o -> o.opgave() == opgave && o.peildatum().code().equals(peildatum))
                .findFirst().orElse(null);
    }

    /**
     * The knelpunten of every gemeente, grouped by whom they ask something of (in the order of
     * {@link nl.regietafel.domain.Partij}), then by onderwerp (first appearance): one bundle per
     * party and onderwerp, naming every gemeente that raised it.
     */
    public List<Knelpuntbundel> knelpunten() {
        java.util.Map<nl.regietafel.domain.Partij, java.util.Map<String, java.util.List<Object[]>>> groepen =
                new java.util.EnumMap<>(nl.regietafel.domain.Partij.class);
        for (Gemeentebeeld g : gemeenten) {
            for (nl.regietafel.domain.Knelpunt k : g.knelpunten()) {
                String onderwerp = k.onderwerp() == null ? "" : k.onderwerp().trim();
                groepen.computeIfAbsent(k.gevraagdVan(), p -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(onderwerp.toLowerCase(java.util.Locale.ROOT), o -> new java.util.ArrayList<>())
                        .add(new Object[]{g.naam(), k});
            }
        }
        List<Knelpuntbundel> uit = new java.util.ArrayList<>();
        groepen.forEach((partij, perOnderwerp) -> perOnderwerp.values().forEach(lijst -> {
            nl.regietafel.domain.Knelpunt eerste = (nl.regietafel.domain.Knelpunt) lijst.get(0)[1];
            List<String> namen = lijst.stream().map(o -> (String) o[0]).distinct().toList();
            uit.add(new Knelpuntbundel(partij, eerste.onderwerp(), eerste.omschrijving(), namen));
        }));
        return uit;
    }

    /**
     * CNO locations not closed that are still available after {@code datum}, or have no end date
     * (they would have to close by then): for the milestones of the CNO transition.
     */
    public List<CnoBeoordeling> cnoOpenNa(java.time.LocalDate datum) {
        return cnoLocaties.stream()
                .filter(b -> b.locatie().status() != nl.regietafel.domain.LocatieStatus.GESLOTEN)
                .filter(b -> b.locatie().beschikbaarTot() == null || b.locatie().beschikbaarTot().isAfter(datum))
                .toList();
    }
}
