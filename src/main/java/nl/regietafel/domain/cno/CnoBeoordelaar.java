package nl.regietafel.domain.cno;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;

/**
 * Evaluates CNO locations for transfer to the COA (procesplan §4, spoor B) and against the
 * closure milestones (§5). Months of availability are whole months from the peildatum to
 * "Beschikbaar tot", rounded down: a location that is not available for a whole month more
 * does not get the benefit of the doubt.
 */
public final class CnoBeoordelaar {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private CnoBeoordelaar() {
    }

    /** Every CNO location of the list, in order; other kinds are skipped. */
    public static List<CnoBeoordeling> beoordeel(List<Locatie> locaties, LocalDate peildatum, CnoCriteria criteria) {
        return locaties.stream().filter(l -> l.soort() == LocatieSoort.CNO).map(l -> beoordeel(l, peildatum, criteria)).toList();
    }

    public static CnoBeoordeling beoordeel(Locatie l, LocalDate peildatum, CnoCriteria criteria) {
        List<String> redenen = new ArrayList<>();
        boolean geschikt = true;
        if (l.status() == LocatieStatus.GESLOTEN) {
            geschikt = false;
            redenen.add("Locatie is gesloten");
        }
        boolean amv = l.doelgroep() == Doelgroep.AMV;
        long minimum = amv ? criteria.minimumPlekkenAmv() : criteria.minimumPlekkenCoa();
        String soort = amv ? "een AMV-locatie van het COA" : "een locatie die het COA bemant";
        if (l.capaciteit() < minimum) {
            geschikt = false;
            redenen.add("Te klein: " + l.capaciteit() + " plekken, " + soort + " heeft er minstens " + minimum);
        } else {
            redenen.add("Groot genoeg: " + l.capaciteit() + " plekken (minimum " + minimum + ")");
        }
        Long maanden = l.beschikbaarTot() == null ? null : Math.max(0, ChronoUnit.MONTHS.between(peildatum, l.beschikbaarTot()));
        if (maanden == null) {
            geschikt = false;
            redenen.add("Onbekend hoe lang de locatie beschikbaar is");
        } else if (maanden < criteria.minimumResterendeMaanden()) {
            geschikt = false;
            redenen.add("Te kort beschikbaar: nog " + maanden + " maanden (tot " + l.beschikbaarTot().format(DATUM)
                    + "), minimum is " + criteria.minimumResterendeMaanden() + " maanden");
        } else {
            redenen.add("Lang genoeg beschikbaar: nog " + maanden + " maanden (minimum " + criteria.minimumResterendeMaanden() + ")");
        }
        boolean duurzaam = l.capaciteit() > criteria.duurzaamMeerDanPlekken()
                && maanden != null && maanden >= 12L * criteria.duurzaamMinimumJaren();
        return new CnoBeoordeling(l, l.capaciteit(), maanden, geschikt, duurzaam, redenen);
    }

    /** CNO locations not closed whose "Beschikbaar tot" lies after the milestone, or is unknown. */
    public static List<Sluitsignaal> naMijlpaal(List<Locatie> locaties, Mijlpaal mijlpaal) {
        List<Sluitsignaal> uit = new ArrayList<>();
        for (Locatie l : locaties) {
            if (l.soort() != LocatieSoort.CNO || l.status() == LocatieStatus.GESLOTEN) continue;
            String wie = l.naam() + " (" + l.plaats() + ", " + l.capaciteit() + " plekken)";
            String mp = "de mijlpaal '" + mijlpaal.omschrijving() + "' (" + mijlpaal.datum().format(DATUM) + ")";
            if (l.beschikbaarTot() == null) {
                uit.add(new Sluitsignaal(l, mijlpaal, wie + " heeft geen sluitdatum; te toetsen aan " + mp));
            } else if (l.beschikbaarTot().isAfter(mijlpaal.datum())) {
                uit.add(new Sluitsignaal(l, mijlpaal, wie + " is beschikbaar tot " + l.beschikbaarTot().format(DATUM)
                        + ", na " + mp));
            }
        }
        return uit;
    }
}
