package nl.regietafel.ingest;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regietafel.ingest.landelijk.Profielopgaven;
import nl.regietafel.ingest.landelijk.Profielopgaven.Punt;
import nl.regietafel.store.LandelijkRepository.BronCijfer;

/**
 * Guards against a package whose opgaven vanish because configuration was rejected (issue 10,
 * item 6): every opgave per peildatum that the store held before the import, or that a rejected
 * manifest entry or profile said it carries, must still have a figure of record afterwards.
 * A rejected entry whose opgaven other documents still cover is only that document's loss.
 */
final class VerdwenenOpgaven {

    /** Each opgave that must stay covered, with the rejection that puts it at risk (null: none in particular). */
    private final Map<Punt, Melding> verwacht = new LinkedHashMap<>();

    VerdwenenOpgaven(Collection<BronCijfer> voorDeImport) {
        punten(voorDeImport).forEach(p -> verwacht.put(p, null));
    }

    /** The opgaven the profile of a rejected entry or document names, lost with {@code afwijzing}. */
    void afgewezen(Path profiel, Melding afwijzing) {
        for (Punt p : Profielopgaven.van(profiel)) {
            if (verwacht.get(p) == null) verwacht.put(p, afwijzing);
        }
    }

    /**
     * After the import: the first opgave without a figure of record anymore, as one Dutch line, or
     * null when every one is still covered. Only asked when something was rejected.
     */
    String controleer(Collection<BronCijfer> naDeImport, List<Melding> afgewezen, String manifestPad) {
        Set<Punt> gedekt = punten(naDeImport);
        List<Map.Entry<Punt, Melding>> weg = verwacht.entrySet().stream().filter(e -> !gedekt.contains(e.getKey())).toList();
        if (weg.isEmpty()) return null;
        Map.Entry<Punt, Melding> eerste = weg.stream().filter(e -> e.getValue() != null).findFirst().orElse(weg.get(0));
        Melding oorzaak = eerste.getValue() != null ? eerste.getValue() : afgewezen.get(0);
        return "Opgave " + eerste.getKey().label() + (weg.size() > 1 ? " (en " + (weg.size() - 1) + " andere)" : "")
                + " zou geen cijfer meer hebben, want " + waar(oorzaak, manifestPad) + " is afgewezen: "
                + oorzaak.tekst().replaceAll("\\s+", " ").strip()
                + ". Er is niets gepubliceerd: herstel " + manifestPad + " of het profiel en draai opnieuw.";
    }

    static String waar(Melding m, String manifestPad) {
        return (m.bestand() == null ? manifestPad : m.bestand())
                + (m.rij() == null ? "" : ", regel " + m.rij())
                + (m.kolom() == null ? "" : ", " + m.kolom());
    }

    private static Set<Punt> punten(Collection<BronCijfer> cijfers) {
        return cijfers.stream().map(c -> new Punt(c.cijfer().opgave(), c.cijfer().peildatum())).collect(Collectors.toSet());
    }
}
