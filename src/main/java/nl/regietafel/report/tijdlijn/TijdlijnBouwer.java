package nl.regietafel.report.tijdlijn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.tijdlijn.Tijdlijn;
import nl.regietafel.domain.tijdlijn.Tijdlijnmaker;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Opgavestand;

/**
 * The two timelines of a region's month, from the period's month on: regular asylum places
 * opening against CNO places closing, with the opgave asiel; places for Oekraïners starting and
 * ending, with the opgave Oekraïne. Runs through the last peildatum of those opgaven, at least
 * 13 months.
 */
public final class TijdlijnBouwer {

    private static final int MINSTENS = 13;
    private static final int HOOGSTENS = 25;

    private TijdlijnBouwer() {
    }

    public static List<Tijdlijn> bouw(Maandbeeld b) {
        List<Locatie> locaties = locaties(b);
        YearMonth van = b.kop().periode();
        YearMonth tot = van.plusMonths(MINSTENS - 1);
        for (Opgavestand s : b.regio()) {
            if ((s.opgave() == Opgave.ASIEL || s.opgave() == Opgave.OEKRAINE) && s.peildatum().soort() == Peildatum.Soort.DATUM) {
                YearMonth m = YearMonth.from(s.peildatum().begin());
                if (m.isAfter(tot)) tot = m;
            }
        }
        if (tot.isAfter(van.plusMonths(HOOGSTENS - 1))) tot = van.plusMonths(HOOGSTENS - 1);
        List<YearMonth> maanden = Tijdlijnmaker.maanden(van, (int) van.until(tot, java.time.temporal.ChronoUnit.MONTHS) + 1);
        List<Tijdlijn> uit = new ArrayList<>();
        uit.add(new Tijdlijn("Asiel: reguliere plekken en crisisnoodopvang per maand", maanden,
                List.of(reeks("Reguliere asielplekken", locaties, Locatie::isReguliereAsielopvang, maanden),
                        reeks("CNO-plekken", locaties, l -> l.soort() == LocatieSoort.CNO, maanden)),
                opgave("Opgave asiel (eerstvolgende peildatum)", b, Opgave.ASIEL, maanden)));
        uit.add(new Tijdlijn("Oekraïne: plekken per maand", maanden,
                List.of(reeks("Plekken Oekraïners", locaties, l -> l.doelgroep() == Doelgroep.OEKRAINERS, maanden)),
                opgave("Opgave Oekraïne (eerstvolgende peildatum)", b, Opgave.OEKRAINE, maanden)));
        return uit;
    }

    /** Every location of the region once (a shared location is in one return, with its partners named). */
    private static List<Locatie> locaties(Maandbeeld b) {
        Map<String, Locatie> uit = new LinkedHashMap<>();
        for (Gemeentebeeld g : b.gemeenten()) {
            for (Locatie l : g.locaties()) uit.putIfAbsent(g.code() + "|" + l.locatieId() + "|" + l.naam(), l);
        }
        return List.copyOf(uit.values());
    }

    private static Tijdlijn.Reeks reeks(String naam, List<Locatie> locaties, Predicate<Locatie> soort, List<YearMonth> maanden) {
        return new Tijdlijn.Reeks(naam, Tijdlijnmaker.plekken(locaties, soort, maanden));
    }

    private static List<Tijdlijn.Reeks> opgave(String naam, Maandbeeld b, Opgave opgave, List<YearMonth> maanden) {
        TreeMap<LocalDate, Long> perDatum = new TreeMap<>();
        for (Opgavestand s : b.regio()) {
            if (s.opgave() == opgave && s.peildatum().soort() == Peildatum.Soort.DATUM && s.scenario().isEmpty()) {
                perDatum.putIfAbsent(s.peildatum().begin(), s.opgaveAantal());
            }
        }
        if (perDatum.isEmpty()) return List.of();
        return List.of(new Tijdlijn.Reeks(naam, Tijdlijnmaker.opgave(perDatum, maanden)));
    }
}
