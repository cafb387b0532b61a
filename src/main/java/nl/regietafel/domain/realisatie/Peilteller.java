package nl.regietafel.domain.realisatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;

/**
 * Counts a location only where and when it is there: in use and still available on the
 * peildatum ({@code Beschikbaar tot} empty or on/after it), or in preparation and open by then
 * ({@code Open vanaf} on/before it). Which locations count for an opgave is {@link Telregels}.
 */
public final class Peilteller {

    private final Telregels regels;

    public Peilteller(Telregels regels) {
        this.regels = regels;
    }

    public Telregels regels() {
        return regels;
    }

    /** An opgave counted in places (ASIEL, ASIEL_AMV, OEKRAINE, CNO) on {@code peildag}. */
    public Peilstand tel(Opgave opgave, LocalDate peildag, List<Locatie> locaties) {
        Telregel regel = regels.regel(opgave);
        Teller t = new Teller(peildag);
        long ernaast = 0;
        for (Locatie l : locaties) {
            if (regel.telt(l)) {
                t.neem(l);
            } else if (regel.staatErnaast(l) && l.status().isRealisatie() && nogEr(l, peildag)) {
                ernaast += l.capaciteit();
            }
        }
        return t.stand(opgave, ernaast);
    }

    /**
     * Statushouders: realisatie is persons housed (not places), so only the pipeline comes from
     * locations: housing in preparation for statushouders that opens by the end of the half year
     * (or year) {@code einde}.
     */
    public Peilstand statushoudersPijplijn(Opgave opgave, LocalDate einde, List<Locatie> locaties) {
        Teller t = new Teller(einde);
        for (Locatie l : locaties) {
            if (l.doelgroep() == Doelgroep.STATUSHOUDERS && l.status().isPijplijn()) {
                t.neem(l);
            }
        }
        return t.stand(opgave, 0);
    }

    /** Still there on the day: no end date, or an end date on or after it. */
    static boolean nogEr(Locatie l, LocalDate dag) {
        return l.beschikbaarTot() == null || !l.beschikbaarTot().isBefore(dag);
    }

    /** Sums of one count; a location is taken at most once. */
    private static final class Teller {
        private final LocalDate dag;
        private long inGebruik;
        private long beschikbaar;
        private long besloten;
        private long idee;
        private final List<Peilstand.Vervalt> vervalt = new ArrayList<>();
        private final List<Peilstand.Plan> zonderDatum = new ArrayList<>();

        Teller(LocalDate dag) {
            this.dag = dag;
        }

        void neem(Locatie l) {
            LocatieStatus st = l.status();
            if (st.isRealisatie()) {
                inGebruik += l.capaciteit();
                if (nogEr(l, dag)) {
                    beschikbaar += l.capaciteit();
                } else {
                    vervalt.add(new Peilstand.Vervalt(l.naam(), l.capaciteit(), l.beschikbaarTot()));
                }
            } else if (st.isPijplijn()) {
                if (l.openVanaf() == null) {
                    zonderDatum.add(new Peilstand.Plan(l.naam(), l.capaciteit(), st.label()));
                } else if (!l.openVanaf().isAfter(dag) && nogEr(l, dag)) {
                    if (st == LocatieStatus.IDEE) idee += l.capaciteit();
                    else besloten += l.capaciteit();
                }
            }
        }

        Peilstand stand(Opgave opgave, long ernaast) {
            return new Peilstand(opgave, dag, inGebruik, beschikbaar, vervalt, besloten, idee, zonderDatum, ernaast);
        }
    }
}
