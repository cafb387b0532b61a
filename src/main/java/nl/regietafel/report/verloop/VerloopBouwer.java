package nl.regietafel.report.verloop;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.statushouders.Halfjaar;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.domain.verloop.Halfjaaroordeel;
import nl.regietafel.domain.verloop.Halfjaarverloop;
import nl.regietafel.domain.verloop.Maandpunt;
import nl.regietafel.domain.verloop.Reeks;
import nl.regietafel.domain.verloop.Toezichtschaal;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.verloop.VerloopModel.*;

/**
 * Builds the {@link VerloopModel} from the {@link Verloop} and the month's {@link Maandbeeld}: the
 * statushouders figures of the statement are the Maandbeeld's own {@link Voortgang} (the ones the
 * statushouders table prints), so each figure has one value wherever it is printed.
 */
public final class VerloopBouwer {

    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("MMM yy", Opmaak.NL);

    private final Verloop v;
    private final Maandbeeld b;
    private final Opmaak fmt;

    public VerloopBouwer(Verloop verloop, Maandbeeld beeld, Opmaak fmt) {
        this.v = verloop;
        this.b = beeld;
        this.fmt = fmt;
    }

    public VerloopModel bouw() {
        List<String> maanden = v.perioden().stream().map(fmt::maand).toList();
        boolean eerste = v.perioden().size() <= 1;
        String periodeTekst = eerste
                ? "Eerste periode in de gegevens (" + fmt.maand(v.periode()) + "): één meetpunt per opgave, nog geen verloop."
                : v.perioden().size() + " maanden in de gegevens, " + fmt.maand(v.perioden().get(0)) + " tot en met "
                + fmt.maand(v.periode()) + ".";
        List<Lijn> lijnen = v.regioreeksen().stream().map(r -> lijn(r, "")).toList();
        Map<String, Gemeenteverloop> gemeenten = new LinkedHashMap<>();
        Oordeel oordeel = oordeel();
        for (Gemeentebeeld g : b.gemeenten()) {
            List<Lijn> eigen = v.gemeentereeksen().getOrDefault(g.code(), List.of()).stream()
                    .map(r -> lijn(r, "-" + g.code())).toList();
            Halfjaarverloop sh = v.statushouders().get(g.code());
            Oordeelregel o = oordeel == null ? null
                    : oordeel.gemeenten().stream().filter(r -> r.code().equals(g.code())).findFirst().orElse(null);
            gemeenten.put(g.code(), new Gemeenteverloop(eigen, sh == null ? null : statushouders(sh), o));
        }
        Halfjaarverloop regio = v.statushouders().get(v.regio());
        String vergelijking = eerste ? "" : "t.o.v. " + fmt.maand(v.perioden().get(v.perioden().size() - 2)) + " / sinds "
                + fmt.datum(beginHalfjaar(v.periode()));
        return new VerloopModel(fmt.maand(v.periode()), maanden, eerste, periodeTekst, vergelijking, lijnen,
                regio == null ? null : statushouders(regio), oordeel, gemeenten);
    }

    Lijn lijn(Reeks r, String achtervoegsel) {
        List<Punt> punten = r.punten().stream()
                .map(p -> new Punt(p.maand(), kort(p.maand()), p.realisatie(), p.opgave(), p.gap())).toList();
        Maandpunt laatste = r.laatste();
        String eenheid = r.opgave().eenheid();
        String stand = laatste.opgave() == null ? "geen opgave bekend voor " + r.peildatum().label()
                : laatste.gap() > 0 ? "nog " + fmt.getal(laatste.gap()) + " " + eenheid + " te gaan tot de opgave van "
                + fmt.getal(laatste.opgave())
                : "opgave van " + fmt.getal(laatste.opgave()) + " gehaald"
                + (laatste.gap() < 0 ? " (" + fmt.getal(-laatste.gap()) + " meer)" : "");
        return new Lijn(sleutel(r.opgave()) + achtervoegsel, r.opgave().label() + ", beschikbaar op " + r.peildatum().label(),
                r.opgave().label(), kort(r.opgave()), r.peildatum().label(), eenheid, punten, trend(r), stand, trendKort(r));
    }

    /** "+12 t.o.v. november 2023, +40 sinds 1 juli 2023" ("gelijk aan" for no change); the first period says so. */
    String trend(Reeks r) {
        if (r.eerstePeriode()) return "eerste periode: nog geen verloop";
        long verschil = r.verschilVorige().orElseThrow();
        String vorige = fmt.maand(r.vorige().orElseThrow().maand());
        String uit = verschil == 0 ? "gelijk aan " + vorige : fmt.verschil(verschil) + " t.o.v. " + vorige;
        String begin = fmt.datum(beginHalfjaar(r.laatste().maand()));
        Optional<Long> sinds = r.verschilSindsBeginHalfjaar();
        return uit + ", " + sinds.map(s -> (s == 0 ? "gelijk sinds " + begin : fmt.verschil(s) + " sinds " + begin))
                .orElse("sinds " + begin + ": geen stand van de maand ervoor");
    }

    /** The same in two figures for the factsheet, "+12 / +40" ("–" where the store lacks the month), read with {@code vergelijking}. */
    String trendKort(Reeks r) {
        if (r.eerstePeriode()) return "–";
        return fmt.verschil(r.verschilVorige().orElseThrow()) + " / " + r.verschilSindsBeginHalfjaar().map(fmt::verschil).orElse("–");
    }

    private static java.time.LocalDate beginHalfjaar(YearMonth maand) {
        return YearMonth.of(maand.getYear(), maand.getMonthValue() <= 6 ? 1 : 7).atDay(1);
    }

    Statushouderslijn statushouders(Halfjaarverloop h) {
        List<Shpunt> punten = new ArrayList<>();
        Voortgang laatste = h.laatste().orElseThrow();
        YearMonth eersteMaand = YearMonth.from(h.halfjaar().begin());
        for (int m = 1; m <= Halfjaar.MAANDEN; m++) {
            YearMonth maand = eersteMaand.plusMonths(m - 1L);
            Long gehuisvest = h.maanden().stream().filter(x -> x.peilmaand().equals(maand)).findFirst()
                    .map(Voortgang::gehuisvest).orElse(null);
            punten.add(new Shpunt(maand, kort(maand), gehuisvest, h.opSchema(m), laatste.gecorrigeerdeTaakstelling()));
        }
        String regel = "Lijn op schema: de gecorrigeerde taakstelling (taakstelling " + fmt.getal(laatste.taakstelling())
                + (laatste.achterstandBeginPeriode() >= 0 ? " + achterstand " + fmt.getal(laatste.achterstandBeginPeriode())
                : " − voorsprong " + fmt.getal(-laatste.achterstandBeginPeriode()))
                + " uit het vorige halfjaar = " + fmt.getal(laatste.gecorrigeerdeTaakstelling())
                + ") gelijk verdeeld over de zes maanden: na maand m van het halfjaar m/6 daarvan gehuisvest.";
        String stand = "Na " + fmt.maand(laatste.peilmaand()) + " " + fmt.getal(laatste.gehuisvest()) + " gehuisvest, op schema "
                + fmt.getal(laatste.normOpSchema(), 1) + ": " + (laatste.opSchema() ? "op schema" : "achter op schema") + ".";
        return new Statushouderslijn(h.halfjaar().label(), regel, punten, stand);
    }

    /** The statement at the end of a half year; null in any other month. */
    Oordeel oordeel() {
        if (Halfjaar.maandInHalfjaar(v.periode()) != Halfjaar.MAANDEN) return null;
        Peildatum halfjaar = Halfjaar.van(v.periode());
        String volgend = Halfjaar.volgend(halfjaar).label();
        String provincie = v.provincieNaam() == null ? "de provincie" : "provincie " + v.provincieNaam();
        if (v.schaal().isEmpty()) {
            return new Oordeel(halfjaar.label(), volgend, null, null, false, List.of(), List.of(), null, null,
                    "Geen halfjaaroordeel: er is geen toezichtschaal voor " + provincie + " in input/toezicht/ (zie docs/regio-instellingen.md).");
        }
        Toezichtschaal s = v.schaal().get();
        List<Oordeelregel> regels = new ArrayList<>();
        for (Gemeentebeeld g : b.gemeenten()) {
            if (g.statushouders() == null) continue;
            Halfjaaroordeel.van(g.statushouders(), s).ifPresent(o -> regels.add(regel(g.code(), g.naam(), o)));
        }
        if (regels.isEmpty()) {
            return new Oordeel(halfjaar.label(), volgend, s.naam(), s.bron(), s.aanname(), categorieen(s), List.of(), null, null,
                    "Geen halfjaaroordeel: geen enkele maandretour geeft de statushouders over " + halfjaar.label() + ".");
        }
        Oordeelregel totaal = b.statushouders() == null ? null
                : Halfjaaroordeel.van(b.statushouders(), s).map(o -> regel(v.regio(), b.kop().regioNaam(), o)).orElse(null);
        Map<String, Long> telling = new LinkedHashMap<>();
        s.categorieen().forEach(c -> telling.put(c.naam(), 0L));
        regels.forEach(r -> telling.merge(r.categorie(), 1L, Long::sum));
        List<String> delen = new ArrayList<>();
        telling.forEach((c, n) -> delen.add(n + " " + c));
        long gehaald = regels.stream().filter(Oordeelregel::gehaald).count();
        String samenvatting = "Van de " + regels.size() + " gemeenten met statushouders over " + halfjaar.label() + ": "
                + String.join(", ", delen) + ". " + gehaald + " " + (gehaald == 1 ? "gemeente haalde haar" : "gemeenten haalden hun")
                + " gecorrigeerde taakstelling.";
        return new Oordeel(halfjaar.label(), volgend, s.naam(), s.bron(), s.aanname(), categorieen(s), regels, totaal,
                samenvatting, null);
    }

    private Oordeelregel regel(String code, String naam, Halfjaaroordeel o) {
        return new Oordeelregel(code, naam, o.taakstelling(), o.achterstandBegin(), o.gecorrigeerd(), o.gehuisvest(),
                o.procent() == null ? "—" : fmt.percentage(o.procent(), 1), o.gehaald(), o.categorie().naam(), o.doorschuiven());
    }

    /** "vanaf 75 %" per step; the bottom step "onder 75 %" (the threshold of the step above it). */
    private List<Categorieregel> categorieen(Toezichtschaal s) {
        List<Categorieregel> uit = new ArrayList<>();
        List<Toezichtschaal.Categorie> c = s.categorieen();
        for (int i = 0; i < c.size(); i++) {
            String vanaf = c.get(i).minimumProcent().signum() == 0 && i > 0
                    ? "onder " + fmt.percentage(c.get(i - 1).minimumProcent(), 0)
                    : "vanaf " + fmt.percentage(c.get(i).minimumProcent(), 0);
            uit.add(new Categorieregel(c.get(i).naam(), vanaf, c.get(i).betekenis()));
        }
        return uit;
    }

    /** The opgave's short name for column headers and compact lines ("Asiel", "AMV", "Oekraïne"). */
    static String kort(Opgave o) {
        return switch (o) {
            case ASIEL -> "Asiel";
            case ASIEL_AMV -> "AMV";
            case OEKRAINE -> "Oekraïne";
            case CNO -> "CNO";
            case STATUSHOUDERS, STATUSHOUDERS_AMV -> "Statushouders";
        };
    }

    static String sleutel(Opgave o) {
        return switch (o) {
            case ASIEL -> "verloop-asiel";
            case ASIEL_AMV -> "verloop-amv";
            case OEKRAINE -> "verloop-oekraine";
            case CNO -> "verloop-cno";
            case STATUSHOUDERS, STATUSHOUDERS_AMV -> "verloop-statushouders";
        };
    }

    private static String kort(YearMonth m) {
        return KORT.format(m).replace(".", "");
    }
}
