package nl.regietafel.report.factsheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.onderdestreep.Positie;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Opgavestand;
import nl.regietafel.report.factsheet.FactsheetModel.Bron;
import nl.regietafel.report.factsheet.FactsheetModel.Kerncijfer;
import nl.regietafel.report.factsheet.FactsheetModel.Knelpuntrij;
import nl.regietafel.report.factsheet.FactsheetModel.Locatierij;
import nl.regietafel.report.factsheet.FactsheetModel.Opgaverij;
import nl.regietafel.report.factsheet.FactsheetModel.Positierij;
import nl.regietafel.report.factsheet.FactsheetModel.Statushoudersrij;

/** Builds one gemeente's {@link FactsheetModel} from its region's month. */
final class FactsheetBouwer {

    /** The opgaven of the "positie in de regio" comparison, in this order. */
    static final List<Opgave> VERGELEKEN = List.of(Opgave.ASIEL, Opgave.OEKRAINE, Opgave.STATUSHOUDERS);

    private final Maandcache.Maand maand;
    private final Opmaak fmt;

    FactsheetBouwer(Maandcache.Maand maand, Opmaak fmt) {
        this.maand = maand;
        this.fmt = fmt;
    }

    FactsheetModel bouw(String gemeenteCode) {
        Maandbeeld m = maand.beeld();
        Gemeentebeeld g = m.gemeente(gemeenteCode);
        if (g == null) {
            throw new IllegalArgumentException("Gemeente " + gemeenteCode + " hoort niet bij " + m.kop().regioNaam());
        }
        Map<Long, Integer> noten = new LinkedHashMap<>();
        List<Opgaverij> opgaven = new ArrayList<>();
        for (Opgavestand s : g.opgaven()) {
            Integer noot = s.vastgesteld() && s.bronId() != null
                    ? noten.computeIfAbsent(s.bronId(), id -> noten.size() + 1) : null;
            opgaven.add(new Opgaverij(s.opgave().label() + (s.scenario().isEmpty() ? "" : " (prognose " + s.scenario() + ")"),
                    s.peildatum().label(), s.peildatum().dag(), s.opgave().eenheid(), s.opgaveAantal(), s.vastgesteld(), noot,
                    s.realisatie(), s.gap(), s.pijplijn(), s.gapNaPijplijn(), s.inGebruik(), s.vervaltPlekken(), s.idee()));
        }
        List<Bron> bronnen = new ArrayList<>();
        noten.forEach((id, n) -> bronnen.add(new Bron(n, bron(maand.gegevens().bronnen().get(id)))));

        List<Locatierij> locaties = g.locaties().stream().filter(l -> !l.status().isPijplijn()).map(this::rij).toList();
        List<Locatierij> pijplijn = g.locaties().stream().filter(l -> l.status().isPijplijn()).map(this::rij).toList();
        List<Statushoudersrij> statushouders = statushouders(g, m);
        List<Positierij> positie = positie(g, m);
        return new FactsheetModel(m.kop(), g.code(), g.naam(), m.kop().regioNaam(), g.inwoners(), g.retourOntvangen(),
                g.ingevuldDoor(), kerncijfers(g, statushouders), opgaven, bronnen, statushouders, locaties, pijplijn, positie,
                m.gemeenten().size(),
                g.knelpunten().stream().map(k -> new Knelpuntrij(k.onderwerp(), k.omschrijving(),
                        k.gevraagdVan() == null ? "" : k.gevraagdVan().label())).toList(),
                onderDeStreep(g), nl.regietafel.report.beeld.Gapuitleg.regels(g.opgaven(), fmt));
    }

    private String bron(Herkomst h) {
        if (h == null) return "bron onbekend";
        StringBuilder s = new StringBuilder(h.titel());
        if (h.kenmerk() != null && !h.kenmerk().isBlank()) s.append(" (kenmerk ").append(h.kenmerk()).append(')');
        if (h.uitgever() != null && !h.uitgever().isBlank()) s.append(", ").append(h.uitgever());
        if (h.datum() != null) s.append(", ").append(fmt.datum(h.datum()));
        return s.toString();
    }

    private Locatierij rij(Locatie l) {
        String gedeeld = String.join(", ", l.gedeeldMet().stream()
                .map(c -> maand.gegevens().indeling().gemeente(c).map(Gemeente::naam).orElse(c)).toList());
        return new Locatierij(l.naam(), l.plaats() == null ? "" : l.plaats(), l.doelgroep().label(), l.soort().label(),
                l.capaciteit(), l.bezetting(), l.status().label(), l.openVanaf(), l.beschikbaarTot(), gedeeld, aandeel(l));
    }

    /** For a shared location, its share of the whole as the region counts it once (the return that lists it). */
    private String aandeel(Locatie l) {
        if (l.gedeeldMet().isEmpty()) return "";
        long totaal = maand.gegevens().retouren().stream().flatMap(r -> r.locaties().stream())
                .filter(o -> o.locatieId().equals(l.locatieId()) && o.naam().equals(l.naam()))
                .mapToLong(Locatie::capaciteit).findFirst().orElse(l.capaciteit());
        return nl.regietafel.domain.realisatie.Aandelen.beschrijving(l.capaciteit(), totaal, l.gedeeldMet().size() + 1);
    }

    /** The half year of the period and, when the picture has its taakstelling, the next one. */
    private static List<Statushoudersrij> statushouders(Gemeentebeeld g, Maandbeeld m) {
        List<Statushoudersrij> rijen = new ArrayList<>();
        Voortgang v = g.statushouders();
        if (v == null) return rijen;
        rijen.add(new Statushoudersrij(v.halfjaar().label(), v.taakstelling(), v.achterstandBeginPeriode(),
                v.gecorrigeerdeTaakstelling(), v.gehuisvest(), v.percentage(), v.normOpSchema(), v.opSchema(), v.achterstand()));
        Peildatum volgend = v.volgendHalfjaar();
        Opgavestand s = g.stand(Opgave.STATUSHOUDERS, volgend.code());
        if (s != null) {
            rijen.add(new Statushoudersrij(volgend.label(), s.opgaveAantal(), v.achterstand(),
                    s.opgaveAantal() + v.achterstand(), null, null, null, null, s.opgaveAantal() + v.achterstand()));
        }
        return rijen;
    }

    private List<Kerncijfer> kerncijfers(Gemeentebeeld g, List<Statushoudersrij> sh) {
        List<Kerncijfer> k = new ArrayList<>();
        Opgavestand asiel = eerstvolgende(g.opgaven(), Opgave.ASIEL, periode());
        if (asiel != null) {
            k.add(new Kerncijfer("Opgave asielopvang " + asiel.peildatum().label(), fmt.getal(asiel.opgaveAantal()),
                    asiel.vastgesteld() ? "vastgesteld cijfer" : "indicatief, naar inwonertal"));
            k.add(new Kerncijfer(asiel.gap() < 0 ? "Meer gerealiseerd dan gevraagd" : "Nog te realiseren (gap)",
                    fmt.getal(Math.abs(asiel.gap())),
                    fmt.getal(asiel.realisatie()) + " beschikbaar, " + fmt.getal(asiel.pijplijn()) + " besloten gepland"));
        }
        Opgavestand oekraine = eerstvolgende(g.opgaven(), Opgave.OEKRAINE, periode());
        if (oekraine != null) {
            k.add(new Kerncijfer("Opvang Oekraïners", fmt.getal(oekraine.realisatie()),
                    "plekken op " + oekraine.peildatum().label() + "; opgave " + fmt.getal(oekraine.opgaveAantal())));
        }
        if (!sh.isEmpty()) {
            Statushoudersrij s = sh.get(0);
            k.add(new Kerncijfer("Statushouders gehuisvest " + s.halfjaar(), fmt.getal(s.gehuisvest()),
                    "van " + fmt.getal(s.gecorrigeerd()) + (s.percentage() == null ? "" : " (" + fmt.percentage(s.percentage(), 1) + ")")
                            + (s.opSchema() ? ", op schema" : ", achter op schema")));
        }
        return k;
    }

    /** The stand of an opgave at the first peildatum after the period; the last one when all have passed. */
    static Opgavestand eerstvolgende(List<Opgavestand> standen, Opgave opgave, YearMonth periode) {
        List<Opgavestand> van = standen.stream().filter(s -> s.opgave() == opgave && s.scenario().isEmpty()).toList();
        if (van.isEmpty()) van = standen.stream().filter(s -> s.opgave() == opgave).toList();
        if (van.isEmpty()) return null;
        return van.stream().filter(s -> s.peildatum().begin().isAfter(periode.atEndOfMonth()))
                .min(Comparator.comparing(Opgavestand::peildatum)).orElse(van.get(van.size() - 1));
    }

    private YearMonth periode() {
        return maand.beeld().kop().periode();
    }

    private List<Positierij> positie(Gemeentebeeld g, Maandbeeld m) {
        List<Positierij> rijen = new ArrayList<>();
        for (Opgave o : VERGELEKEN) {
            if (o == Opgave.STATUSHOUDERS) {
                statushoudersPositie(g, m, rijen);
                continue;
            }
            Opgavestand eigen = eerstvolgende(g.opgaven(), o, periode());
            if (eigen == null) continue;
            Opgavestand regio = m.stand(o, eigen.peildatum().code());
            List<BigDecimal> aandelen = new ArrayList<>();
            for (Gemeentebeeld ander : m.gemeenten()) {
                Opgavestand s = ander.stand(o, eigen.peildatum().code());
                if (s != null && s.scenario().equals(eigen.scenario())) aandelen.add(procent(s.realisatie(), s.opgaveAantal()));
            }
            BigDecimal mijn = procent(eigen.realisatie(), eigen.opgaveAantal());
            int rang = 1 + (int) aandelen.stream().filter(a -> vergelijk(a, mijn) > 0).count();
            rijen.add(new Positierij(o.label(), eigen.peildatum().label(), eigen.peildatum().dag(), per10k(eigen.opgaveAantal(), g.inwoners()),
                    per10k(eigen.realisatie(), g.inwoners()),
                    regio == null ? null : per10k(regio.opgaveAantal(), m.inwoners()),
                    regio == null ? null : per10k(regio.realisatie(), m.inwoners()),
                    mijn, regio == null ? null : procent(regio.realisatie(), regio.opgaveAantal()), rang));
        }
        return rijen;
    }

    /** Statushouders compare on the half year under way: housed against the corrected taakstelling. */
    private static void statushoudersPositie(Gemeentebeeld g, Maandbeeld m, List<Positierij> rijen) {
        Voortgang v = g.statushouders();
        Voortgang regio = m.statushouders();
        if (v == null) return;
        List<BigDecimal> aandelen = m.gemeenten().stream().map(Gemeentebeeld::statushouders)
                .filter(java.util.Objects::nonNull)
                .map(a -> procent(a.gehuisvest(), a.gecorrigeerdeTaakstelling())).toList();
        BigDecimal mijn = procent(v.gehuisvest(), v.gecorrigeerdeTaakstelling());
        int rang = 1 + (int) aandelen.stream().filter(a -> vergelijk(a, mijn) > 0).count();
        rijen.add(new Positierij(Opgave.STATUSHOUDERS.label(), v.halfjaar().label(), v.halfjaar().dag(),
                per10k(v.gecorrigeerdeTaakstelling(), g.inwoners()), per10k(v.gehuisvest(), g.inwoners()),
                regio == null ? null : per10k(regio.gecorrigeerdeTaakstelling(), m.inwoners()),
                regio == null ? null : per10k(regio.gehuisvest(), m.inwoners()),
                mijn, regio == null ? null : procent(regio.gehuisvest(), regio.gecorrigeerdeTaakstelling()), rang));
    }

    /** Higher share first; no opgave (null) last. */
    private static int vergelijk(BigDecimal a, BigDecimal b) {
        return Comparator.<BigDecimal>nullsFirst(Comparator.naturalOrder()).compare(a, b);
    }

    static BigDecimal per10k(long aantal, long inwoners) {
        if (inwoners <= 0) return null;
        return BigDecimal.valueOf(aantal * 10_000L).divide(BigDecimal.valueOf(inwoners), 1, RoundingMode.HALF_UP);
    }

    /** realisatie / opgave as a fraction, null without opgave. Kept to 10 decimals: the page rounds it once (20 / 17 is 117,6 %, not 117,7 % via 1,1765). */
    static BigDecimal procent(long realisatie, long opgave) {
        if (opgave <= 0) return null;
        return BigDecimal.valueOf(realisatie).divide(BigDecimal.valueOf(opgave), 10, RoundingMode.HALF_UP);
    }

    private List<String> onderDeStreep(Gemeentebeeld g) {
        List<String> regels = new ArrayList<>();
        if (g.onderDeStreep() == null) return regels;
        for (Positie p : g.onderDeStreep().posities()) {
            String regel = p.opgave().label() + ": " + (p.saldo() >= 0 ? "overschot " + fmt.getal(p.saldo())
                    : "tekort " + fmt.getal(-p.saldo())) + " " + p.opgave().eenheid();
            if (p.ontvangen() != 0 || p.ingezet() != 0) {
                regel += "; na uitwisseling " + fmt.verschil(p.saldoNaUitwisseling());
            }
            regels.add(regel);
        }
        regels.add(g.onderDeStreep().onderDeStreepGehaald()
                ? "Onder de streep gehaald." : "Onder de streep (nog) niet gehaald.");
        return regels;
    }
}
