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
                .map(h -> new Stoplichtmatrix.Kolom(h.opgave().label(), h.peildatum(), h.opgave().eenheid(), h.maand())).toList();
        List<Stoplichtmatrix.Rij> rijen = new ArrayList<>();
        for (int i = 0; i < b.gemeenten().size(); i++) {
            Gemeentebeeld g = b.gemeenten().get(i);
            List<Stoplichtmatrix.Cel> cellen = new ArrayList<>();
            for (Hoofdopgave h : opgaven) cellen.add(cel(h.gemeenten().get(i), h.maand(), drempels));
            rijen.add(new Stoplichtmatrix.Rij(g.code(), g.naam(), cellen));
        }
        List<Stoplichtmatrix.Cel> totaal = opgaven.stream().map(h -> cel(h.regio(), h.maand(), drempels)).toList();
        return new Stoplichtmatrix(drempels, kolommen, rijen, new Stoplichtmatrix.Rij(b.kop().regioCode(), b.kop().regioNaam(), totaal));
    }

    /** Status against {@code maand}/6 of the opgave (the norm op schema; 6 for places). */
    static Stoplichtmatrix.Cel cel(Meting m, int maand, Stoplichtdrempels drempels) {
        Stoplicht status = drempels.status(6 * m.realisatie(), (long) maand * m.opgave());
        String procent = m.opgave() <= 0 ? "" : Math.floorDiv(100 * m.realisatie(), m.opgave()) + " %";
        return new Stoplichtmatrix.Cel(m.opgave(), m.realisatie(), procent, status);
    }
}
