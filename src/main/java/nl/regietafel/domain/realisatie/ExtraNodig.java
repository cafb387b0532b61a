package nl.regietafel.domain.realisatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.regietafel.domain.Peildatum;

/**
 * The procesplan's own derived figures (§2.3): "ca. 1150 extra opvangplekken nodig per 1 april
 * 2023 en daarbij nog 220 éxtra reguliere plekken vóór 1 januari 2024". The first is the gap at
 * the first peildatum after today (opgave − gerealiseerd: 1.944 − 794 = 1.150); each later one is
 * the growth of the opgave since the peildatum before (2.164 − 1.944 = 220). A later peildatum
 * whose opgave does not grow adds nothing and is left out.
 */
public final class ExtraNodig {

    private ExtraNodig() {
    }

    /** One opgave at one peildatum: what is asked and the gap there. */
    public record Stand(Peildatum peildatum, long opgave, long gap) {
    }

    /** Extra places by a peildatum; {@code eerste} for the gap now, else the growth after the previous one. */
    public record Stap(Peildatum peildatum, long extra, boolean eerste) {
    }

    /** @param standen one opgave's peildata (any order); @param vandaag the end of the period */
    public static List<Stap> van(List<Stand> standen, LocalDate vandaag) {
        List<Stand> toekomst = standen.stream()
                .filter(s -> s.peildatum().begin().isAfter(vandaag))
                .sorted(Comparator.comparing(Stand::peildatum))
                .toList();
        List<Stap> uit = new ArrayList<>();
        if (toekomst.isEmpty() || toekomst.get(0).gap() <= 0) return uit;
        uit.add(new Stap(toekomst.get(0).peildatum(), toekomst.get(0).gap(), true));
        for (int i = 1; i < toekomst.size(); i++) {
            long groei = toekomst.get(i).opgave() - toekomst.get(i - 1).opgave();
            if (groei > 0) uit.add(new Stap(toekomst.get(i).peildatum(), groei, false));
        }
        return uit;
    }
}
