package nl.regietafel.report.index;

import java.util.List;

import nl.regietafel.domain.controle.Controle;
import nl.regietafel.report.kaart.Stoplichtmatrix;

/**
 * What index.html shows of a region at a glance: its maps as inline SVG (one named shape per
 * gemeente, its figures as the tooltip), the traffic-light matrix, and the checks with a
 * deviation. {@code kaarten} are SVG markup made from the month's figures, inserted unescaped.
 */
public record Dashboard(List<Kaart> kaarten, Stoplichtmatrix matrix, List<Controle> afwijkingen, List<Kaart> tijdlijnen) {

    /** The region's status on {@code opgave} at {@code peildatum} (labels as printed), or null when the matrix lacks it. */
    public Stoplichtmatrix.Cel regiostatus(String opgave, String peildatum) {
        for (int i = 0; i < matrix.kolommen().size(); i++) {
            Stoplichtmatrix.Kolom k = matrix.kolommen().get(i);
            if (k.opgave().equals(opgave) && k.peildatum().equals(peildatum)) return matrix.totaal().cellen().get(i);
        }
        return null;
    }

    /** A figure: its caption and its SVG markup. */
    public record Kaart(String titel, String svg) {
    }
}
