package nl.regietafel.report.prt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.regio.Werkgebieden;
import nl.regietafel.report.Documentkop;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.PdfEigenschappen;
import nl.regietafel.report.PdfRenderer;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.Werkverdeling;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.report.beeld.Opgavestand;
import nl.regietafel.report.kaart.Kaarten;
import nl.regietafel.report.kaart.Provincieblik;
import nl.regietafel.report.maandpakket.MaandpakketModel.Kerncijfer;
import nl.regietafel.report.maandpakket.MaandpakketModel.Knelpuntgroep;
import nl.regietafel.report.maandpakket.MaandpakketModel.Overzichtregel;
import nl.regietafel.report.maandpakket.Overzicht;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/**
 * prt-inbreng.pdf and .xlsx: the region's position for the Provinciale Regietafel (SPEC §6). A run
 * over one veiligheidsregio makes one, in its package; a run over a provincie or NL makes one per
 * provincie, in the provincie's folder, with its veiligheidsregio's side by side.
 */
@Component
public class PrtInbreng {

    public static final String TITEL = "PRT-inbreng";
    public static final String SJABLOON = "prt/prt-inbreng.ftlx";

    private final Rapportbron bron;
    private final Sjablonen sjablonen;
    private final PdfRenderer pdf;
    private final Opmaak fmt;
    private final Kaarten kaarten;
    private final Werkverdeling werk;

    public PrtInbreng(Rapportbron bron, Sjablonen sjablonen, PdfRenderer pdf, Opmaak fmt, Kaarten kaarten, Werkverdeling werk) {
        this.werk = werk;
        this.kaarten = kaarten;
        this.bron = bron;
        this.sjablonen = sjablonen;
        this.pdf = pdf;
        this.fmt = fmt;
    }

    public void render(Run run) {
        Map<String, List<Gebied>> perProvincie = new LinkedHashMap<>();
        Map<String, Gebied> provincies = new LinkedHashMap<>();
        Map<String, Maandgegevens> gegevens = new LinkedHashMap<>();
        for (Gebied vr : bron.werkgebieden(run)) {
            Maandgegevens m = bron.lees(run, vr.code(), TITEL);
            gegevens.put(vr.code(), m);
            Gebied pv = m.indeling().omvattend(vr.code(), Gebied.Niveau.PROVINCIE).orElse(new Gebied("PV", "de provincie", Gebied.Niveau.PROVINCIE));
            provincies.putIfAbsent(pv.code(), pv);
            perProvincie.computeIfAbsent(pv.code(), k -> new ArrayList<>()).add(vr);
        }
        boolean meerdere = Werkgebieden.meerdere(run.regio());
        // Provincies are independent: one document each, on the run's rendering threads.
        werk.elk(List.copyOf(perProvincie.entrySet()), e -> {
            String pv = e.getKey();
            List<Gebied> vrs = e.getValue();
            List<Maandgegevens> ms = vrs.stream().map(v -> gegevens.get(v.code())).toList();
            PrtModel model = model(run, provincies.get(pv), ms);
            Path map = meerdere ? Uitvoermap.pakket(run, provincies.get(pv)) : Uitvoermap.pakket(run, vrs.get(0));
            render(model, blik(run, provincies.get(pv), ms), map);
        });
        System.out.println("  prt: prt-inbreng.pdf en .xlsx voor " + perProvincie.size() + " provincie(s)");
    }

    /** The PRT-inbreng of one provincie's regions (as far as this run covers them). */
    public PrtModel model(Run run, Gebied provincie, List<Maandgegevens> regios) {
        List<Maandbeeld> beelden = new ArrayList<>();
        for (Maandgegevens m : regios) {
            String vr = m.kop().regioCode();
            beelden.add(bron.maandbeeld(run, vr, TITEL));
        }
        return bouw(provincie, regios, beelden, fmt);
    }

    static PrtModel bouw(Gebied provincie, List<Maandgegevens> regios, List<Maandbeeld> beelden, Opmaak fmt) {
        List<String> bronnen = new ArrayList<>();
        List<PrtModel.Regio> regioModellen = new ArrayList<>();
        Map<String, List<PrtModel.Regel>> perSleutel = new LinkedHashMap<>();
        Map<String, Overzichtregel> voorbeeld = new LinkedHashMap<>();
        Map<Partij, List<PrtModel.Verzoek>> verzoeken = new LinkedHashMap<>();
        for (Partij p : List.of(Partij.RIJK, Partij.PROVINCIE, Partij.COA, Partij.NIDOS)) verzoeken.put(p, new ArrayList<>());
        for (int i = 0; i < beelden.size(); i++) {
            Maandbeeld b = beelden.get(i);
            List<Overzichtregel> overzicht = Overzicht.opgaven(b, regios.get(i), fmt, bronnen);
            for (Overzichtregel r : overzicht) {
                String sleutel = r.opgave() + "|" + r.peildatum() + "|" + r.scenario();
                voorbeeld.putIfAbsent(sleutel, r);
                perSleutel.computeIfAbsent(sleutel, k -> new ArrayList<>()).add(new PrtModel.Regel(b.kop().regioNaam(),
                        r.opgaveAantal(), r.vastgesteld(), r.noot(), r.realisatie(), r.gap(), r.pijplijn(), r.gapNaPijplijn(),
                        r.trendTekst(), r.inGebruik(), r.vervalt(), r.idee()));
            }
            List<Knelpuntgroep> groepen = Overzicht.knelpunten(b, Overzicht.Knelpuntselectie.ALLE);
            int eigen = 0;
            for (Knelpuntgroep g : groepen) {
                for (var k : g.regels()) {
                    Partij p = java.util.Arrays.stream(Partij.values()).filter(x -> x.label().equals(k.partij())).findFirst().orElseThrow();
                    if (p == Partij.REGIO) {
                        eigen++;
                        continue;
                    }
                    verzoeken.get(p).add(new PrtModel.Verzoek(p.label(), b.kop().regioNaam(), k.onderwerp(), k.omschrijving(),
                            k.gemeenten(), k.aantal()));
                }
            }
            regioModellen.add(new PrtModel.Regio(b.kop().regioCode(), b.kop().regioNaam(), overzicht, b.cno().plekkenInGebruik(),
                    eigen, b.vorigePeriode() == null ? null : fmt.maand(b.vorigePeriode()),
                    (int) b.gemeenten().stream().filter(g -> !g.retourOntvangen()).count(), b.gemeenten().size(),
                    nl.regietafel.report.beeld.Gapuitleg.regels(b.regio(), fmt)));
        }
        List<PrtModel.Positie> posities = new ArrayList<>();
        perSleutel.forEach((sleutel, regels) -> {
            Overzichtregel v = voorbeeld.get(sleutel);
            PrtModel.Regel totaal = regels.size() < 2 ? null : new PrtModel.Regel("Som " + provincie.naam(),
                    regels.stream().mapToLong(PrtModel.Regel::opgaveAantal).sum(), false, null,
                    regels.stream().mapToLong(PrtModel.Regel::realisatie).sum(), regels.stream().mapToLong(PrtModel.Regel::gap).sum(),
                    regels.stream().mapToLong(PrtModel.Regel::gepland).sum(), regels.stream().mapToLong(PrtModel.Regel::gapNaGepland).sum(), "",
                    regels.stream().mapToLong(PrtModel.Regel::inGebruik).sum(), regels.stream().mapToLong(PrtModel.Regel::vervalt).sum(),
                    regels.stream().mapToLong(PrtModel.Regel::idee).sum());
            posities.add(new PrtModel.Positie(v.opgave(), v.peildatum(), v.peildag(), v.scenario(), v.eenheid(), regels, totaal));
        });
        List<PrtModel.Verzoekgroep> groepen = new ArrayList<>();
        verzoeken.forEach((p, lijst) -> groepen.add(new PrtModel.Verzoekgroep(p.label(), lijst)));

        Maandbeeld eerste = beelden.get(0);
        Documentkop kop = beelden.size() == 1 ? eerste.kop().metTitel(TITEL) : new Documentkop(TITEL, provincie.code(),
                provincie.naam(), eerste.kop().periode(), eerste.kop().gegenereerd(),
                vingerafdruk(beelden.stream().map(b -> b.kop().vingerafdruk()).toList()));
        return new PrtModel(kop, fmt.maand(kop.periode()), provincie.naam(), regioModellen, kerncijfers(beelden, fmt),
                posities, bronnen, groepen);
    }

    private static List<Kerncijfer> kerncijfers(List<Maandbeeld> beelden, Opmaak fmt) {
        List<Kerncijfer> k = new ArrayList<>();
        Opgavestand a = beelden.get(0).regio().stream().filter(s -> s.opgave() == Opgave.ASIEL).findFirst().orElse(null);
        if (a != null) {
            String p = a.peildatum().code();
            long opgave = som(beelden, Opgave.ASIEL, p, Opgavestand::opgaveAantal);
            long real = som(beelden, Opgave.ASIEL, p, Opgavestand::realisatie);
            long pijp = som(beelden, Opgave.ASIEL, p, Opgavestand::pijplijn);
            k.add(new Kerncijfer("Opgave asielopvang per " + a.peildatum().label(), fmt.getal(opgave), opgave, beelden.size() > 1 ? "som van de veiligheidsregio's" : "reguliere plekken"));
            k.add(new Kerncijfer("Beschikbaar op " + a.peildatum().label(), fmt.getal(real), real, "tekort " + fmt.getal(opgave - real)));
            k.add(new Kerncijfer("Pijplijn besloten, open uiterlijk " + a.peildatum().label(), fmt.getal(pijp), pijp,
                    "daarna tekort " + fmt.getal(opgave - real - pijp)));
        }
        Opgavestand o = beelden.get(0).regio().stream().filter(s -> s.opgave() == Opgave.OEKRAINE).findFirst().orElse(null);
        if (o != null) {
            String p = o.peildatum().code();
            long opgave = som(beelden, Opgave.OEKRAINE, p, Opgavestand::opgaveAantal);
            long real = som(beelden, Opgave.OEKRAINE, p, Opgavestand::realisatie);
            k.add(new Kerncijfer("Oekraïne beschikbaar op " + o.peildatum().label() + ", van " + fmt.getal(opgave),
                    fmt.getal(real), real, "nog " + fmt.getal(opgave - real) + " te gaan"));
        }
        long cno = beelden.stream().mapToLong(b -> b.cno().plekkenInGebruik()).sum();
        k.add(new Kerncijfer("CNO-plekken in gebruik", fmt.getal(cno), cno, "tellen niet als reguliere opvang"));
        return k;
    }

    private static long som(List<Maandbeeld> beelden, Opgave o, String peildatum, java.util.function.ToLongFunction<Opgavestand> f) {
        return beelden.stream().map(b -> b.stand(o, peildatum)).filter(java.util.Objects::nonNull).mapToLong(f).sum();
    }

    private static String vingerafdruk(List<String> delen) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            delen.forEach(d -> md.update((d + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The province's map (all its veiligheidsregio's, those of this run coloured) and each region's matrix. */
    public Provincieblik blik(Run run, Gebied provincie, List<Maandgegevens> regios) {
        Map<String, String> vrs = new LinkedHashMap<>();
        if (!regios.isEmpty()) {
            regios.get(0).indeling().delen(provincie.code()).forEach(vr -> vrs.put(vr.code(), vr.naam()));
        }
        List<Maandbeeld> beelden = regios.stream().map(m -> bron.maandbeeld(run, m.kop().regioCode(), TITEL)).toList();
        return kaarten.provincie(provincie.naam(), vrs, beelden);
    }

    /** Writes prt-inbreng.pdf and prt-inbreng.xlsx into {@code map}, without map and matrix. */
    public void render(PrtModel model, Path map) {
        render(model, null, map);
    }

    /** Writes prt-inbreng.pdf and prt-inbreng.xlsx into {@code map}; {@code blik} may be null. */
    public void render(PrtModel model, Provincieblik blik, Path map) {
        Map<String, Object> gegevens = new LinkedHashMap<>(Map.of(
                "m", model,
                "kop", model.kop(),
                "gegenereerd", fmt.tijdstip(model.kop().gegenereerd()),
                "vingerafdruk", model.kop().korteVingerafdruk()));
        Map<String, nl.regietafel.report.Grafieken.Grafiek> figuren = new LinkedHashMap<>();
        if (blik != null) {
            gegevens.put("blik", blik);
            if (!blik.kaart().kaart().vlakken().isEmpty()) figuren.put(Provincieblik.KAART, kaarten.grafiek(blik.kaart()));
        }
        String xhtml = sjablonen.render(SJABLOON, gegevens);
        pdf.render(xhtml, map.resolve("prt-inbreng.pdf"), PdfEigenschappen.van(
                        TITEL + " " + model.kop().regioNaam() + " — Provinciale Regietafel " + model.provincieNaam() + ", " + model.periode(),
                        "Positie per opgave en peildatum en verzoeken aan Rijk, provincie, COA en Nidos — vingerafdruk "
                                + model.kop().vingerafdruk()).metAuteur(model.kop().regietafel())
                .metTrefwoorden("PRT-inbreng, provinciale regietafel, " + model.provincieNaam()), figuren);
        PrtXlsx.schrijf(model, blik, map.resolve("prt-inbreng.xlsx"));
    }
}
