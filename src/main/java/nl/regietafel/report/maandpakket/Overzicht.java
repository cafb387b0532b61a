package nl.regietafel.report.maandpakket;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.regio.Verdelingen;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.beeld.Knelpuntbundel;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.report.beeld.Opgavestand;
import nl.regietafel.report.maandpakket.MaandpakketModel.Knelpuntgroep;
import nl.regietafel.report.maandpakket.MaandpakketModel.Knelpuntregel;
import nl.regietafel.report.maandpakket.MaandpakketModel.Overzichtregel;

/**
 * The parts of the maandpakket that the PRT-inbreng shows too: the region's opgaven per peildatum
 * with their source notes, and the knelpunten per party. One place, so both documents print a
 * figure and its source the same way.
 */
public final class Overzicht {

    private Overzicht() {
    }

    /** Which parties a knelpunten list covers. */
    public enum Knelpuntselectie { ALLE, EXTERN }

    /**
     * The region's opgaven per peildatum with a numbered source note each ({@code bronnen} is
     * filled: note n is {@code bronnen.get(n - 1)}); one note per document, shared by its figures,
     * also across calls with the same list (several regions in one document).
     */
    public static List<Overzichtregel> opgaven(Maandbeeld b, Maandgegevens m, Opmaak fmt, List<String> bronnen) {
        List<Overzichtregel> uit = new ArrayList<>();
        for (Opgavestand s : b.regio()) {
            String noot = bronnoot(s, b, m, fmt);
            Integer nr = null;
            if (noot != null) {
                int i = bronnen.indexOf(noot);
                if (i < 0) {
                    bronnen.add(noot);
                    i = bronnen.size() - 1;
                }
                nr = i + 1;
            }
            Long trend = s.trend() == null ? null : s.trend().verschil();
            uit.add(new Overzichtregel(s.opgave().label(), s.peildatum().label(),
                    s.scenario().isEmpty() ? "" : "prognose " + s.scenario(), s.opgaveAantal(), s.vastgesteld(), nr,
                    s.realisatie(), s.gap(), s.pijplijn(), s.gapNaPijplijn(), trend,
                    trendTekst(trend, b.vorigePeriode(), fmt), s.opgave().eenheid(),
                    s.peildatum().dag(),
                    s.inGebruik(), s.vervaltPlekken(), s.idee(), s.zonderDatumPlekken(), s.ernaast()));
        }
        return uit;
    }

    static String trendTekst(Long verschil, YearMonth vorige, Opmaak fmt) {
        if (verschil == null) return "geen vorige periode";
        if (verschil == 0) return "gelijk aan " + fmt.maand(vorige);
        return fmt.verschil(verschil) + " t.o.v. " + fmt.maand(vorige);
    }

    /** The document of record behind a regional figure, or how it was computed and from what. */
    static String bronnoot(Opgavestand s, Maandbeeld b, Maandgegevens m, Opmaak fmt) {
        if (s.bronId() != null) {
            Herkomst h = m.bronnen().get(s.bronId());
            return h == null ? "Document " + s.bronId() + " (herkomst niet gevonden)" : bron(h, fmt);
        }
        var cijfer = new Verdelingen(m.regels(), b.kop().regioCode(), s.scenario().isEmpty() ? "midden" : s.scenario())
                .regio(s.opgave(), s.peildatum());
        if (cijfer.isPresent() && cijfer.get().regel() != null) {
            var r = cijfer.get().regel();
            String ouder = m.indeling().gebied(r.ouderCode()).map(Gebied::naam).orElse(r.ouderCode());
            Herkomst h = r.totaalBronId() == null ? null : m.bronnen().get(r.totaalBronId());
            String sleutel = r.populatieset() != null && r.populatieset().startsWith("gelijk")
                    ? "gelijk deel (" + r.populatieset() + ")"
                    : "aandeel naar inwonertal" + (r.populatieset() == null ? "" : " (populatie " + r.populatieset() + ")");
            return "Berekend: " + sleutel + " van " + fmt.getal(r.totaal()) + " voor " + ouder
                    + (h == null ? "" : " (" + bron(h, fmt) + ")") + ".";
        }
        return null;
    }

    /** "Titel, uitgever, 28 november 2022, kenmerk X". */
    public static String bron(Herkomst h, Opmaak fmt) {
        StringBuilder sb = new StringBuilder(h.titel());
        if (h.uitgever() != null && !h.uitgever().isBlank()) sb.append(", ").append(h.uitgever());
        if (h.datum() != null) sb.append(", ").append(fmt.datum(h.datum()));
        if (h.kenmerk() != null && !h.kenmerk().isBlank()) sb.append(", kenmerk ").append(h.kenmerk());
        return sb.toString();
    }

    /** Knelpunten per party (Rijk, Provincie, COA, Nidos, Regio); {@code EXTERN} leaves Regio out. */
    public static List<Knelpuntgroep> knelpunten(Maandbeeld b, Knelpuntselectie welke) {
        Map<Partij, List<Knelpuntregel>> groepen = new LinkedHashMap<>();
        for (Knelpuntbundel k : b.knelpunten()) {
            if (welke == Knelpuntselectie.EXTERN && k.gevraagdVan() == Partij.REGIO) continue;
            groepen.computeIfAbsent(k.gevraagdVan(), p -> new ArrayList<>()).add(new Knelpuntregel(k.gevraagdVan().label(),
                    k.onderwerp(), k.omschrijving(), String.join(", ", k.gemeenten()), k.gemeenten().size()));
        }
        List<Knelpuntgroep> uit = new ArrayList<>();
        groepen.forEach((p, r) -> uit.add(new Knelpuntgroep(p.label(), r)));
        return uit;
    }
}
