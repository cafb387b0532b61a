package nl.regietafel.report.procesplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.realisatie.CnoStand;
import nl.regietafel.domain.realisatie.Realisatieteller;
import nl.regietafel.domain.realisatie.Stand;
import nl.regietafel.domain.realisatie.Telregels;
import nl.regietafel.domain.regio.Sleutel;
import nl.regietafel.domain.regio.Vastgesteld;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.domain.regio.Verdelingen;
import nl.regietafel.domain.regio.Verdelingen.Cijfer;
import nl.regietafel.domain.statushouders.Artikel29;
import nl.regietafel.domain.statushouders.Circulaires;
import nl.regietafel.report.Documentkop;
import nl.regietafel.report.Opmaak;

/**
 * Builds the procesplan tables from the stored computation. Every figure comes from a
 * verdeelregel (figure of record or computed) or from the returns; every footnote is written
 * from the provenance of the figure it belongs to.
 */
public final class ProcesplanModelBouwer {

    /**
     * What the bouwer reads; all of it comes from the store, except {@code telregels}: the
     * configured counting rules, the same the maandpakket counts with.
     */
    public record Invoer(Documentkop kop, Gebiedsindeling indeling, Populatieset populatie, List<VerdelingRegel> regels,
                         Map<Long, Herkomst> bronnen, List<Vastgesteld> cijfers, List<Maandretour> retouren,
                         List<Controle> controles, Tabel22Indeling tabel22, Populatieset cbs, Telregels telregels) {

        /** A document as the footnotes and source lines name it. */
        String bron(long id, Opmaak fmt) {
            Herkomst h = bronnen.get(id);
            return h == null ? "document " + id : Bronvermelding.van(h, fmt);
        }

        String naam(String code) {
            return indeling.gebied(code).map(Gebied::naam).orElse(code);
        }
    }

    private final Opmaak fmt = new Opmaak();
    private final Invoer in;
    private final String regio;
    private final Voetnoten voetnoten = new Voetnoten();

    public ProcesplanModelBouwer(Invoer invoer) {
        this.in = invoer;
        this.regio = invoer.kop().regioCode();
    }

    public ProcesplanTabellenModel bouw() {
        Tabel21 t21 = tabel21();
        Tabel22 t22 = tabel22();
        Bijlage3 b3 = new Bijlage3Bouwer(in, fmt).bouw();
        Bijlage4 b4 = Bijlage4Bouwer.van(in, fmt);
        return new ProcesplanTabellenModel(in.kop(), t21, t22, b3, b4, voetnoten.lijst(), in.controles());
    }

    // ---------------------------------------------------------------- Tabel 2.1

    private Tabel21 tabel21() {
        Gebied r = in.indeling().gebied(regio).orElseThrow();
        if (r.niveau() != Gebied.Niveau.VEILIGHEIDSREGIO) {
            return null;
        }
        Gebied pv = in.indeling().ouder(regio).orElseThrow();
        List<VerdelingRegel> alle = in.regels().stream()
                .filter(v -> v.sleutel().opgave() == Opgave.ASIEL && v.sleutel().scenario().isEmpty()
                        && v.ouderCode().equals(pv.code()))
                .toList();
        // The peildata the provincie actually split (figures of record per veiligheidsregio).
        List<Peildatum> peildata = new ArrayList<>(new TreeSet<>(alle.stream().map(v -> v.sleutel().peildatum())
                .filter(p -> alle.stream().filter(v -> v.sleutel().peildatum().equals(p)).allMatch(v -> v.vastgesteld() != null))
                .toList()));
        List<VerdelingRegel> split = alle.stream().filter(v -> peildata.contains(v.sleutel().peildatum())).toList();
        List<Tabel21.Regel> regels = new ArrayList<>();
        for (Gebied vr : in.indeling().delen(pv.code()).stream().sorted(Comparator.comparing(Gebied::naam)).toList()) {
            List<Cel> cellen = new ArrayList<>();
            for (Peildatum p : peildata) {
                cellen.add(split.stream().filter(v -> v.sleutel().peildatum().equals(p) && v.gebiedCode().equals(vr.code()))
                        .findFirst().map(v -> new Cel(v.geldend(), v.vastgesteld() != null ? v.berekend() : null, v.quotum(), null))
                        .orElse(Cel.LEEG));
            }
            regels.add(new Tabel21.Regel(vr.naam(), cellen));
        }
        List<Cel> totaal = new ArrayList<>();
        List<Cel> som = new ArrayList<>();
        for (int i = 0; i < peildata.size(); i++) {
            Peildatum p = peildata.get(i);
            VerdelingRegel eerste = split.stream().filter(v -> v.sleutel().peildatum().equals(p)).findFirst().orElseThrow();
            String delen = bronnenVanDelen(split, p, eerste.totaalBronId());
            Integer nr = eerste.totaalBronId() == null ? null
                    : voetnoten.nummer("Bron: " + bron(eerste.totaalBronId()) + "."
                    + (delen.isEmpty() ? "" : " Verdeling over de veiligheidsregio's: " + delen + ".")
                    + " Berekend ernaast: " + methodeTekst(eerste) + ".");
            totaal.add(new Cel(eerste.totaal(), null, null, nr));
            final int kolom = i;
            long s = regels.stream().map(rg -> rg.cellen().get(kolom)).filter(c -> !c.isLeeg()).mapToLong(Cel::waarde).sum();
            som.add(new Cel(s, eerste.totaal(), null, null));
        }
        return new Tabel21(pv.naam(), peildata, regels, new Tabel21.Regel("Totaal " + pv.naam(), totaal),
                new Tabel21.Regel("Som van de veiligheidsregio's", som));
    }

    /** Sources of the parts other than the total's own; empty when the total's document gives them too. */
    private String bronnenVanDelen(List<VerdelingRegel> split, Peildatum p, Long totaalBron) {
        Set<Long> ids = new TreeSet<>();
        split.stream().filter(v -> v.sleutel().peildatum().equals(p) && v.bronId() != null).forEach(v -> ids.add(v.bronId()));
        ids.remove(totaalBron);
        if (ids.isEmpty()) return "";
        return String.join("; ", ids.stream().map(this::bron).toList());
    }

    // ---------------------------------------------------------------- Tabel 2.2

    private Tabel22 tabel22() {
        String regioNaam = in.kop().regioNaam();
        List<Tabel22.Regel> regels = new ArrayList<>();
        Map<Opgave, List<String>> realisatie = realisatie();
        for (Tabel22Indeling.Rij rij : in.tabel22().rijen()) {
            List<Tabel22.Tekst> jaren = new ArrayList<>();
            for (String kolom : rij.kolommen()) {
                jaren.add(cel22(rij.opgave(), kolom, regioNaam));
            }
            regels.add(new Tabel22.Regel(rij.nummer(), rij.label(), jaren, realisatie.get(rij.opgave())));
        }
        return new Tabel22(regioNaam, fmt.maand(in.kop().periode()), in.tabel22().jaren(), regels);
    }

    private Tabel22.Tekst cel22(Opgave opgave, String kolom, String regioNaam) {
        if (kolom.equals("-")) {
            return Tabel22.Tekst.STREEP;
        }
        List<Cijfer> delen = new ArrayList<>();
        for (Peildatum peildatum : Tabel22Indeling.peildata(kolom)) {
            Optional<Cijfer> w = regioWaarde(opgave, peildatum);
            if (w.isEmpty()) {
                return new Tabel22.Tekst("n.b.", null, null);
            }
            delen.add(w.get());
        }
        long som = delen.stream().mapToLong(Cijfer::aantal).sum();
        List<String> noten = delen.stream().map(w -> herkomstTekst(w, regioNaam)).toList();
        Integer nr = voetnoten.nummer(String.join(" ", noten));
        if (delen.size() == 1) {
            return new Tabel22.Tekst(fmt.getal(som), som, nr);
        }
        List<String> uitleg = delen.stream().map(w -> (w.sleutel().scenario().isEmpty() ? fmt.getal(w.aantal())
                : "ca. " + fmt.getal(rondAf(w.aantal()))) + " " + w.sleutel().peildatum().label()).toList();
        return new Tabel22.Tekst(fmt.getal(som) + " (" + String.join(", ", uitleg) + ")", som, nr);
    }

    /** Prognoses are printed to the hundred, as the procesplan does ("ca. 800"). */
    private static long rondAf(long n) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact() * 100;
    }

    /** The region's figure for an opgave at a peildatum: its own row, else the total split over its gemeenten. */
    private Optional<Cijfer> regioWaarde(Opgave opgave, Peildatum peildatum) {
        return new Verdelingen(in.regels(), regio, in.tabel22().scenario()).regio(opgave, peildatum);
    }

    private String herkomstTekst(Cijfer w, String regioNaam) {
        StringBuilder sb = new StringBuilder();
        Sleutel s = w.sleutel();
        String wat = s.opgave().label() + " " + s.peildatum().label()
                + (s.scenario().isEmpty() ? "" : " (prognose, scenario " + s.scenario() + ")");
        VerdelingRegel v = w.regel();
        if (w.bronId() != null) {
            sb.append(wat).append(": ").append(fmt.getal(w.aantal())).append(". Bron: ").append(bron(w.bronId())).append('.');
        } else if (v != null) {
            String ouder = naam(v.ouderCode());
            sb.append(wat).append(": ").append(fmt.getal(w.aantal())).append(", berekend uit ").append(ouder).append(' ')
                    .append(fmt.getal(v.totaal()));
            if (v.totaalBronId() != null) sb.append(" (bron: ").append(bron(v.totaalBronId())).append(')');
            sb.append(", ").append(methodeTekst(v)).append('.');
        }
        if (v != null && v.ouderCode().startsWith("PV") && v.populatieset() != null && !v.populatieset().startsWith("gelijk")) {
            // The parent's inwoners in the same population set the split used: the sum of the split's weights.
            long ouderInwoners = in.regels().stream()
                    .filter(r -> r.sleutel().equals(v.sleutel()) && r.ouderCode().equals(v.ouderCode()))
                    .mapToLong(VerdelingRegel::gewicht).sum();
            BigDecimal aandeel = BigDecimal.valueOf(v.gewicht() * 100)
                    .divide(BigDecimal.valueOf(ouderInwoners), 2, RoundingMode.HALF_UP);
            sb.append(" Aandeel ").append(regioNaam).append(" op basis van inwonertal: ")
                    .append(fmt.getal(aandeel, 2)).append(" %.");
        }
        landelijk(s).ifPresent(nl -> sb.append(" Landelijk: ").append(fmt.getal(nl.cijfer().aantal()))
                .append(" (").append(bron(nl.bronId())).append(")."));
        if (Circulaires.isCirculaire(s)) sb.append(artikel29(s.peildatum()));
        return sb.toString();
    }

    /** The national number behind the circulaire's total, as art. 29 reproduces it; empty without a CBS set. */
    private String artikel29(Peildatum halfjaar) {
        if (in.cbs() == null) return "";
        Artikel29.Toets t = Circulaires.toetsen(in.cijfers(), in.indeling(), in.cbs()).get(halfjaar);
        if (t == null) return "";
        String vg = fmt.getal(t.vgVan()) + (t.eenduidig() ? "" : " tot en met " + fmt.getal(t.vgTot()));
        return " Landelijk getal volgens art. 29 Huisvestingswet 2014: " + vg + " (taakstelling gemeente = " + vg
                + " × inwoners gemeente / " + fmt.getal(t.inwonersNederland()) + " inwoners Nederland op "
                + fmt.datum(in.cbs().peildatum()) + ", naar boven afgerond; de som over " + t.aantalGemeenten() + " gemeenten is "
                + fmt.getal(t.landelijkeSom()) + ")" + (t.volledigVerklaard() ? "." : "; niet elk cijfer volgt de regel, zie het controlerapport.");
    }

    private Optional<Vastgesteld> landelijk(Sleutel s) {
        return in.cijfers().stream()
                .filter(c -> c.cijfer().gebiedCode().equals(Gebiedsindeling.NL) && c.cijfer().opgave() == s.opgave()
                        && c.cijfer().peildatum().equals(s.peildatum())
                        && Objects.equals(Optional.ofNullable(c.cijfer().scenario()).orElse(""), s.scenario()))
                .max(Comparator.comparing(Vastgesteld::documentdatum).thenComparingLong(Vastgesteld::bronId));
    }

    private String methodeTekst(VerdelingRegel v) {
        String methode = switch (v.methode()) {
            case GROOTSTE_OVERSCHOT -> "methode van de grootste overschotten";
            case AFRONDEN -> "gewone afronding";
            case DHONDT -> "methode-D'Hondt";
            case SAINTE_LAGUE -> "methode-Sainte-Laguë";
            case NAAR_BOVEN -> "naar boven afgerond (art. 29 Huisvestingswet 2014)";
        };
        return v.populatieset().startsWith("gelijk")
                ? "gelijk verdeeld over de veiligheidsregio's (" + methode + ")"
                : "verdeeld naar inwonertal (" + v.populatieset() + ", " + methode + ")";
    }

    private Map<Opgave, List<String>> realisatie() {
        List<Locatie> locaties = in.retouren().stream().flatMap(r -> r.locaties().stream()).toList();
        Map<Opgave, Stand> tel = Realisatieteller.tel(locaties, in.telregels());
        CnoStand cno = Realisatieteller.cno(locaties);
        Map<Opgave, List<String>> uit = new LinkedHashMap<>();
        uit.put(Opgave.ASIEL, List.of(fmt.getal(tel.get(Opgave.ASIEL).realisatie()) + " regulier",
                fmt.getal(cno.plekkenInGebruik()) + " CNO"));
        long amv = tel.get(Opgave.ASIEL_AMV).realisatie();
        uit.put(Opgave.ASIEL_AMV, List.of(amv == 0 ? "-" : fmt.getal(amv)));
        uit.put(Opgave.STATUSHOUDERS, List.of(statushoudersStand()));
        Peildatum huidig = halfjaar();
        long amvGehuisvest = in.retouren().stream().flatMap(r -> r.statushouders().stream())
                .filter(s -> s.halfjaar().equals(huidig)).mapToLong(StatushoudersRegel::waarvanAmv).sum();
        uit.put(Opgave.STATUSHOUDERS_AMV, List.of(fmt.getal(amvGehuisvest)));
        uit.put(Opgave.OEKRAINE, List.of(fmt.getal(tel.get(Opgave.OEKRAINE).realisatie())));
        uit.put(Opgave.CNO, List.of(fmt.getal(cno.plekkenInGebruik())));
        return uit;
    }

    private Peildatum halfjaar() {
        var p = in.kop().periode();
        return Peildatum.halfjaar(p.getYear(), p.getMonthValue() <= 6 ? 1 : 2);
    }

    /** "Taakstelling '22 gerealiseerd" when the region housed its corrected taakstelling of the half year. */
    private String statushoudersStand() {
        Peildatum h = halfjaar();
        List<StatushoudersRegel> regels = in.retouren().stream().flatMap(r -> r.statushouders().stream())
                .filter(s -> s.halfjaar().equals(h)).toList();
        if (regels.isEmpty()) return "n.b.";
        long opgave = regels.stream().mapToLong(s -> s.taakstelling() + s.achterstandBeginPeriode()).sum();
        long gehuisvest = regels.stream().mapToLong(StatushoudersRegel::gehuisvest).sum();
        String jaar = String.valueOf(h.jaar()).substring(2);
        return gehuisvest >= opgave
                ? "Taakstelling '" + jaar + " gerealiseerd"
                : fmt.getal(gehuisvest) + " van " + fmt.getal(opgave) + " gehuisvest (" + h.label() + ")";
    }

    // ---------------------------------------------------------------- helpers

    private String bron(long id) {
        return in.bron(id, fmt);
    }

    private String naam(String code) {
        return in.naam(code);
    }
}
