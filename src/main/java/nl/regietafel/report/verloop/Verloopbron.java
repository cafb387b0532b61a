package nl.regietafel.report.verloop;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.regietafel.berekening.RegietafelInstellingen;
import nl.regietafel.berekening.VerdelingBerekening;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.realisatie.Aandelen;
import nl.regietafel.domain.realisatie.Peilteller;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.domain.regio.Verdelingen;
import nl.regietafel.domain.statushouders.Halfjaar;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.domain.statushouders.Voortgangen;
import nl.regietafel.domain.verloop.Halfjaarverloop;
import nl.regietafel.domain.verloop.Reeks;
import nl.regietafel.domain.verloop.Verloopteller;
import nl.regietafel.ingest.regio.Toezichtschalen;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.procesplan.Tabel22Indeling;
import nl.regietafel.run.Run;
import nl.regietafel.store.BerekeningRepository;
import nl.regietafel.store.RetourRepository;

import org.springframework.stereotype.Component;

/**
 * Reads the periods up to the run's from the store and builds a region's {@link Verloop}: each
 * period counted with the month's own counting rules, against the opgave as known at that period's
 * end (its stored verdeling, or computed from the documents dated by then when it was never run).
 * Never a period after the run's, never a document dated after a period's end.
 */
@Component
public class Verloopbron {

    /** The opgaven followed in places, in the order of the documents. */
    static final List<Opgave> OPGAVEN = List.of(Opgave.ASIEL, Opgave.ASIEL_AMV, Opgave.OEKRAINE);

    private final RetourRepository retouren;
    private final BerekeningRepository berekeningen;
    private final VerdelingBerekening verdeling;
    private final RegietafelInstellingen instellingen;
    private final Toezichtschalen toezicht;

    private record Runcache(String runId, Map<YearMonth, Map<String, Maandretour>> retouren,
                            Map<String, List<VerdelingRegel>> regels, Map<String, VerloopModel> modellen) {
    }

    private volatile Runcache cache;

    public Verloopbron(RetourRepository retouren, BerekeningRepository berekeningen, VerdelingBerekening verdeling,
                       RegietafelInstellingen instellingen, Toezichtschalen toezicht) {
        this.retouren = retouren;
        this.berekeningen = berekeningen;
        this.verdeling = verdeling;
        this.instellingen = instellingen;
        this.toezicht = toezicht;
    }

    /** The region's view model, built once per run (the maandpakket, the factsheets and index.html share it). */
    public VerloopModel model(Run run, Maandbeeld beeld, nl.regietafel.report.Opmaak fmt) {
        return cache(run).modellen().computeIfAbsent(beeld.kop().regioCode(),
                k -> new VerloopBouwer(verloop(run, beeld), beeld, fmt).bouw());
    }

    public Verloop verloop(Run run, Maandbeeld beeld) {
        String regio = beeld.kop().regioCode();
        YearMonth periode = run.periode();
        List<YearMonth> perioden = retouren.perioden(periode);
        Tabel22Indeling indeling = Tabel22Indeling.procesplan();
        Verloopteller teller = new Verloopteller(new Peilteller(instellingen.telregels()));

        Map<YearMonth, Map<String, Maandretour>> perPeriode = new LinkedHashMap<>();
        Map<YearMonth, Verdelingen> opgaven = new LinkedHashMap<>();
        Map<YearMonth, List<VerdelingRegel>> regels = regels(run, perioden, regio);
        for (YearMonth p : perioden) {
            Map<String, Maandretour> regioRetouren = new LinkedHashMap<>();
            retouren(run, p).forEach((code, r) -> {
                if (beeld.gemeente(code) != null) regioRetouren.put(code, r);
            });
            perPeriode.put(p, regioRetouren);
            opgaven.put(p, new Verdelingen(regels.get(p), regio, indeling.scenario()));
        }

        List<Reeks> regioreeksen = new ArrayList<>();
        Map<String, List<Reeks>> gemeentereeksen = new LinkedHashMap<>();
        for (Opgave o : OPGAVEN) {
            Optional<Peildatum> pd = peildatum(indeling, o, periode);
            if (pd.isEmpty()) continue;
            Peildatum peildatum = pd.get();
            List<Verloopteller.Periode> regiodelen = new ArrayList<>();
            Map<String, List<Verloopteller.Periode>> gemeentedelen = new LinkedHashMap<>();
            for (YearMonth p : perioden) {
                List<Maandretour> maand = List.copyOf(perPeriode.get(p).values());
                List<Locatie> alle = maand.stream().flatMap(r -> r.locaties().stream()).toList();
                Verdelingen v = opgaven.get(p);
                regiodelen.add(new Verloopteller.Periode(p, alle, v.regio(o, peildatum).map(Verdelingen.Cijfer::aantal).orElse(null)));
                // A shared location counts, with its share, for every gemeente that shares it (as in the month).
                Map<String, List<Locatie>> aandelen = Aandelen.perGemeente(maand);
                for (Gemeentebeeld g : beeld.gemeenten()) {
                    gemeentedelen.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(new Verloopteller.Periode(p,
                            aandelen.getOrDefault(g.code(), List.of()),
                            v.gemeente(o, peildatum, g.code()).map(VerdelingRegel::geldend).orElse(null)));
                }
            }
            regioreeksen.add(teller.reeks(o, peildatum, regio, regiodelen));
            gemeentedelen.forEach((g, delen) -> gemeentereeksen.computeIfAbsent(g, k -> new ArrayList<>())
                    .add(teller.reeks(o, peildatum, g, delen)));
        }
        return new Verloop(regio, periode, perioden, regioreeksen, gemeentereeksen,
                statushouders(regio, periode, perioden, perPeriode, beeld), toezicht.voor(run, beeld.provincieCode()),
                beeld.provincieNaam());
    }

    /**
     * The peildatum a chart follows: the first of the opgave's Tabel 2.2 dates the month has not
     * passed, as the month's own tables ({@link Peildatum#nogTeGaan}), or its last when all have passed.
     */
    static Optional<Peildatum> peildatum(Tabel22Indeling indeling, Opgave opgave, YearMonth periode) {
        List<Peildatum> data = indeling.rijen().stream().filter(r -> r.opgave() == opgave)
                .flatMap(r -> r.peildata().stream())
                .filter(p -> p.soort() == Peildatum.Soort.DATUM).sorted().toList();
        return Peildatum.nogTeGaan(data, periode).stream().findFirst();
    }

    /** Statushouders month by month in the period's half year, per gemeente and (summed) for the region. */
    private static Map<String, Halfjaarverloop> statushouders(String regio, YearMonth periode, List<YearMonth> perioden,
                                                              Map<YearMonth, Map<String, Maandretour>> perPeriode, Maandbeeld beeld) {
        Peildatum halfjaar = Halfjaar.van(periode);
        Map<String, List<Voortgang>> perGemeente = new LinkedHashMap<>();
        List<Voortgang> regiomaanden = new ArrayList<>();
        for (YearMonth p : perioden) {
            if (!Halfjaar.bevat(halfjaar, p)) continue;
            List<Voortgang> maand = new ArrayList<>();
            for (Gemeentebeeld g : beeld.gemeenten()) {
                Maandretour r = perPeriode.get(p).get(g.code());
                if (r == null) continue;
                r.statushouders().stream().filter(s -> s.halfjaar().equals(halfjaar)).findFirst()
                        .map(s -> Voortgang.van(g.code(), s, p)).ifPresent(v -> {
                            maand.add(v);
                            perGemeente.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(v);
                        });
            }
            if (!maand.isEmpty()) regiomaanden.add(Voortgangen.regio(regio, maand));
        }
        Map<String, Halfjaarverloop> uit = new LinkedHashMap<>();
        perGemeente.forEach((g, v) -> uit.put(g, new Halfjaarverloop(g, halfjaar, v)));
        if (!regiomaanden.isEmpty()) uit.put(regio, new Halfjaarverloop(regio, halfjaar, regiomaanden));
        return uit;
    }

    private Map<String, Maandretour> retouren(Run run, YearMonth p) {
        return cache(run).retouren().computeIfAbsent(p, retouren::actieveRetouren);
    }

    /**
     * Each period's stored verdeling; computed (not stored) for the months whose verdeling was
     * never run, all of them in one go ({@link VerdelingBerekening#verdeel(Run, List, String)}).
     */
    private Map<YearMonth, List<VerdelingRegel>> regels(Run run, List<YearMonth> perioden, String regio) {
        Map<String, List<VerdelingRegel>> cache = cache(run).regels();
        Map<YearMonth, List<VerdelingRegel>> uit = new LinkedHashMap<>();
        List<YearMonth> nooitBerekend = new ArrayList<>();
        for (YearMonth p : perioden) {
            List<VerdelingRegel> bekend = cache.get(sleutel(p, regio));
            if (bekend == null) {
                bekend = berekeningen.kop(p, regio).map(kop -> berekeningen.regels(kop.id())).orElse(null);
                if (bekend == null) nooitBerekend.add(p);
                else cache.put(sleutel(p, regio), bekend);
            }
            uit.put(p, bekend);
        }
        verdeling.verdeel(run, nooitBerekend, regio).forEach((p, berekend) -> {
            cache.put(sleutel(p, regio), berekend);
            uit.put(p, berekend);
        });
        return uit;
    }

    private static String sleutel(YearMonth periode, String regio) {
        return periode + "/" + regio;
    }

    private synchronized Runcache cache(Run run) {
        Runcache c = cache;
        if (c == null || !c.runId().equals(run.runId())) {
            c = new Runcache(run.runId(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            cache = c;
        }
        return c;
    }
}
