package nl.regietafel.report.procesplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers footnotes in order of first use; the same text gets the same number. */
final class Voetnoten {

    private final Map<String, Integer> nummers = new LinkedHashMap<>();

    int nummer(String tekst) {
        return nummers.computeIfAbsent(tekst, t -> nummers.size() + 1);
    }

    List<Voetnoot> lijst() {
        List<Voetnoot> uit = new ArrayList<>();
        nummers.forEach((tekst, nr) -> uit.add(new Voetnoot(nr, tekst)));
        return uit;
    }
}
