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

    /** A figure: its caption and its SVG markup. */
    public record Kaart(String titel, String svg) {
    }
}
