package nl.regietafel.domain.tijdlijn;

import java.time.YearMonth;
import java.util.List;

/**
 * Places by month: one value per month of {@code maanden} in every series. {@code plekken} are
 * stocks (places available in the month), {@code opgaven} the opgave due at the next peildatum
 * (null after the last one is not used: the last opgave carries on).
 */
public record Tijdlijn(String titel, List<YearMonth> maanden, List<Reeks> plekken, List<Reeks> opgaven) {

    /** One series; a null value is a month without a figure (drawn as a gap, never as 0). */
    public record Reeks(String naam, List<Long> waarden) {
        public Reeks {
            waarden = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(waarden));
        }
    }

    public Tijdlijn {
        maanden = List.copyOf(maanden);
        plekken = List.copyOf(plekken);
        opgaven = List.copyOf(opgaven);
    }

    /** Stocks first, then the opgaven. */
    public List<Reeks> alle() {
        return java.util.stream.Stream.concat(plekken.stream(), opgaven.stream()).toList();
    }
}
