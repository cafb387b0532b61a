package nl.regietafel.report.verloop;

import java.util.List;

import nl.regietafel.domain.tijdlijn.Tijdlijn;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.tijdlijn.TijdlijnSvg;
import nl.regietafel.report.verloop.VerloopModel.*;

/**
 * The development over time for index.html: per opgave in places an inline SVG line chart, drawn
 * as the timelines are ({@link TijdlijnSvg}: realisatie solid with a point and tooltip per month,
 * the opgave dashed), with the trend and stand in words beside it.
 */
public final class VerloopSvg {

    /** One chart: its caption, the SVG markup and the trend and stand in words. */
    public record Figuur(String titel, String svg, String tekst) {
    }

    private VerloopSvg() {
    }

    public static List<Figuur> figuren(VerloopModel m, Opmaak fmt) {
        return m.lijnen().stream().map(l -> {
            Tijdlijn t = new Tijdlijn(l.titel(), l.punten().stream().map(Punt::maand).toList(),
                    List.of(new Tijdlijn.Reeks("Beschikbaar op " + l.peildatum(), l.punten().stream().map(p -> (Long) p.realisatie()).toList())),
                    List.of(new Tijdlijn.Reeks("Opgave (zoals die maand bekend)", l.punten().stream().map(Punt::opgave).toList())));
            return new Figuur(l.titel() + (m.eerstePeriode() ? " (eerste periode: één meetpunt)" : ""), TijdlijnSvg.svg(t, fmt),
                    l.trend() + "; " + l.stand() + ".");
        }).toList();
    }
}
