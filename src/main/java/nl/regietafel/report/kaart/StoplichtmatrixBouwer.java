package nl.regietafel.report.kaart;

import java.util.ArrayList;
import java.util.List;

import nl.regietafel.domain.stoplicht.Stoplicht;
import nl.regietafel.domain.stoplicht.Stoplichtdrempels;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.kaart.Hoofdopgave.Meting;

/** The traffic-light matrix of a region's month. */
public final class StoplichtmatrixBouwer {

    private StoplichtmatrixBouwer() {
    }

    public static Stoplichtmatrix bouw(Maandbeeld b, Stoplichtdrempels drempels) {
        List<Hoofdopgave> opgaven = Hoofdopgave.van(b);
        List<Stoplichtmatrix.Kolom> kolommen = opgaven.stream()
                .map(h -> new Stoplichtmatrix.Kolom(h.opgave().label(), h.peildatum(), h.opgave().eenheid(), h.maand(),
                        drempels(h, drempels))).toList();
        List<Stoplichtmatrix.Rij> rijen = new ArrayList<>();
        for (int i = 0; i < b.gemeenten().size(); i++) {
            Gemeentebeeld g = b.gemeenten().get(i);
            List<Stoplichtmatrix.Cel> cellen = new ArrayList<>();
            for (Hoofdopgave h : opgaven) cellen.add(cel(h.gemeenten().get(i), h.maand(), drempels(h, drempels)));
            rijen.add(new Stoplichtmatrix.Rij(g.code(), g.naam(), cellen));
        }
        List<Stoplichtmatrix.Cel> totaal = opgaven.stream().map(h -> cel(h.regio(), h.maand(), drempels(h, drempels))).toList();
        return new Stoplichtmatrix(drempels, kolommen, rijen, new Stoplichtmatrix.Rij(b.kop().regioCode(), b.kop().regioNaam(), totaal));
    }

    /**
     * Statushouders are op schema only as the statushouders table says (the whole norm, SPEC §5.7),
     * so the matrix never contradicts it; the other thresholds are the kernteam's.
     */
    static Stoplichtdrempels drempels(Hoofdopgave h, Stoplichtdrempels drempels) {
        return h.opgave() == nl.regietafel.domain.Opgave.STATUSHOUDERS
                ? new Stoplichtdrempels(100, Math.min(100, drempels.achterVanaf())) : drempels;
    }

    /** Status against {@code maand}/6 of the opgave (the norm op schema; 6 for places). */
    static Stoplichtmatrix.Cel cel(Meting m, int maand, Stoplichtdrempels drempels) {
        Stoplicht status = drempels.status(6 * m.realisatie(), (long) maand * m.opgave());
        String procent = m.opgave() <= 0 ? "" : Math.floorDiv(100 * m.realisatie(), m.opgave()) + " %";
        return new Stoplichtmatrix.Cel(m.opgave(), m.realisatie(), procent, status);
    }
}
