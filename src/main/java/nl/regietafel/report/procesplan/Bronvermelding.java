package nl.regietafel.report.procesplan;

import nl.regietafel.domain.Herkomst;
import nl.regietafel.report.Opmaak;

/** How a document is cited in footnotes and source lines: title, publisher, date, kenmerk. */
final class Bronvermelding {

    private Bronvermelding() {
    }

    static String van(Herkomst h, Opmaak fmt) {
        StringBuilder sb = new StringBuilder(h.titel());
        if (h.uitgever() != null && !h.uitgever().isBlank()) sb.append(", ").append(h.uitgever());
        sb.append(", ").append(fmt.datum(h.datum()));
        if (h.kenmerk() != null && !h.kenmerk().isBlank()) sb.append(", kenmerk ").append(h.kenmerk());
        return sb.toString();
    }
}
