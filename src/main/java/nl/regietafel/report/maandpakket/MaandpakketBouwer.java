package nl.regietafel.report.maandpakket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.cno.CnoBeoordeling;
import nl.regietafel.domain.cno.Mijlpaal;
import nl.regietafel.domain.controle.Afwijkingen;
import nl.regietafel.domain.onderdestreep.Balans;
import nl.regietafel.domain.onderdestreep.Positie;
import nl.regietafel.domain.realisatie.ExtraNodig;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.beeld.Gapuitleg;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.report.beeld.Opgavestand;
import nl.regietafel.report.maandpakket.MaandpakketModel.*;

/**
 * Builds the {@link MaandpakketModel} from the region's {@link Maandbeeld} (every figure) and the
 * month's provenance (the source notes). No figure is computed here that the Maandbeeld does not
 * hold; this class only selects, labels and orders.
 */
public final class MaandpakketBouwer {

    private final Maandbeeld b;
    private final Maandgegevens m;
    private final Opmaak fmt;
    private final LocalDate peildag;

    public MaandpakketBouwer(Maandbeeld beeld, Maandgegevens gegevens, Opmaak fmt) {
        this.b = beeld;
        this.m = gegevens;
        this.fmt = fmt;
        this.peildag = beeld.kop().periode().atEndOfMonth();
    }

    public MaandpakketModel bouw() {
        List<String> bronnen = new ArrayList<>();
        List<Overzichtregel> overzicht = Overzicht.opgaven(b, m, fmt, bronnen);
        return new MaandpakketModel(b.kop(), fmt.maand(b.kop().periode()),
                b.vorigePeriode() == null ? null : fmt.maand(b.vorigePeriode()),
                kerncijfers(), overzicht, bronnen, balans(), balansConclusie(), gemeenteBalansen(),
                koppen(), gemeenten(), totaal(), statushouders(), cno(), Overzicht.knelpunten(b, Overzicht.Knelpuntselectie.ALLE), mijlpalen(),
                b.gemeenten().stream().filter(g -> !g.retourOntvangen()).map(Gemeentebeeld::naam).toList(), b.gemeenten().size(),
                peilregels(b, fmt), Afwijkingen.namen(b.controles()), extraNodig(b.regio(), peildag, fmt),
                Gapuitleg.regels(b.regio(), fmt));
    }

    /** What ends before each peildatum, with its end date, and the plans without a date (they reduce no gap). */
    public static List<Peilregel> peilregels(Maandbeeld b, Opmaak fmt) {
        List<Peilregel> uit = new ArrayList<>();
        for (Opgavestand s : b.regio()) {
            s.vervalt().forEach(v -> uit.add(new Peilregel("Vervalt vóór peildatum", s.opgave().label(), s.peildatum().label(),
                    v.naam(), v.plekken(), v.beschikbaarTot(), "beschikbaar tot " + fmt.datum(v.beschikbaarTot()), s.peildatum().dag())));
        }
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (Opgavestand s : b.regio()) {
            s.zonderDatum().forEach(p -> {
                if (gezien.add(s.opgave() + "|" + p.naam())) {
                    uit.add(new Peilregel("Plan zonder datum", s.opgave().label(), "", p.naam(), p.plekken(), null,
                            p.status() + ", geen Open vanaf", null));
                }
            });
        }
        return uit;
    }

    /** "Asielzoekers (incl. AMV's): ca. 1.150 extra per 1 april 2023 en daarbij nog 220 extra vóór 1 januari 2024." */
    static String extraNodig(List<Opgavestand> regio, LocalDate vandaag, Opmaak fmt) {
        List<ExtraNodig.Stand> asiel = regio.stream()
                .filter(s -> s.opgave() == Opgave.ASIEL && s.scenario().isEmpty())
                .map(s -> new ExtraNodig.Stand(s.peildatum(), s.opgaveAantal(), s.gap())).toList();
        List<ExtraNodig.Stap> stappen = ExtraNodig.van(asiel, vandaag);
        if (stappen.isEmpty()) return null;
        StringBuilder sb = new StringBuilder(Opgave.ASIEL.label()).append(": ");
        for (ExtraNodig.Stap s : stappen) {
            sb.append(s.eerste() ? "ca. " + fmt.getal(s.extra()) + " extra per " + s.peildatum().label()
                    : " en daarbij nog " + fmt.getal(s.extra()) + " extra vóór " + s.peildatum().label());
        }
        return sb.append('.').toString();
    }

    // ------------------------------------------------------------------ sections

    private Opgavestand eerste(Opgave o) {
        return b.regio().stream().filter(s -> s.opgave() == o).findFirst().orElse(null);
    }

    private List<Opgavestand> standen(Opgave o) {
        return b.regio().stream().filter(s -> s.opgave() == o).toList();
    }

    private List<Kerncijfer> kerncijfers() {
        List<Kerncijfer> k = new ArrayList<>();
        Opgavestand asiel = eerste(Opgave.ASIEL);
        if (asiel != null) {
            k.add(new Kerncijfer("Tekort asielopvang per " + asiel.peildatum().label(), fmt.getal(asiel.gap()), asiel.gap(),
                    "opgave " + fmt.getal(asiel.opgaveAantal()) + ", beschikbaar " + fmt.getal(asiel.realisatie())));
            List<Opgavestand> alle = standen(Opgave.ASIEL);
            Opgavestand laatste = alle.get(alle.size() - 1);
            k.add(new Kerncijfer("Reguliere opvangplekken asiel in gebruik", fmt.getal(asiel.inGebruik()), asiel.inGebruik(),
                    "open uiterlijk " + laatste.peildatum().label() + ": " + fmt.getal(laatste.pijplijn()) + " besloten, "
                            + fmt.getal(laatste.idee()) + " idee"));
        }
        k.add(new Kerncijfer("CNO-plekken in gebruik", fmt.getal(b.cno().plekkenInGebruik()), b.cno().plekkenInGebruik(),
                b.cno().locatiesInGebruik() + " locaties; " + fmt.getal(b.cno().plekkenGerealiseerd()) + " ooit gerealiseerd"));
        Opgavestand oek = eerste(Opgave.OEKRAINE);
        if (oek != null) {
            k.add(new Kerncijfer("Opvang Oekraïners, van " + fmt.getal(oek.opgaveAantal()) + " (" + oek.peildatum().label() + ")",
                    fmt.getal(oek.realisatie()), oek.realisatie(), "beschikbaar op die datum (" + fmt.getal(oek.inGebruik())
                            + " nu in gebruik); nog " + fmt.getal(oek.gap()) + " plekken te gaan"));
        }
        Voortgang sh = b.statushouders();
        if (sh != null) {
            k.add(new Kerncijfer("Statushouders gehuisvest, " + sh.halfjaar().label(), fmt.getal(sh.gehuisvest()), sh.gehuisvest(),
                    "van " + fmt.getal(sh.gecorrigeerdeTaakstelling()) + " (" + procent(sh.percentage()) + ")"));
        }
        return k;
    }

    private String procent(BigDecimal p) {
        return p == null ? "—" : fmt.percentage(p, 1);
    }

    private List<Balansregel> balans() {
        Balans bal = b.onderDeStreep();
        if (bal == null) return List.of();
        List<Balansregel> uit = new ArrayList<>();
        for (Positie p : bal.posities()) {
            Opgavestand s = eerste(p.opgave());
            uit.add(new Balansregel(p.opgave().label(), s == null ? "" : s.peildatum().label(), p.opgaveAantal(), p.realisatie(),
                    p.saldo(), p.ontvangen(), p.ingezet(), p.saldoNaUitwisseling(), p.gehaaldNaUitwisseling()));
        }
        return uit;
    }

    private String balansConclusie() {
        Balans bal = b.onderDeStreep();
        if (bal == null) return "Geen opgaven om onder de streep te vergelijken.";
        List<String> niet = bal.posities().stream().filter(p -> !p.gehaaldNaUitwisseling())
                .map(p -> p.opgave().label() + " " + fmt.getal(-p.saldoNaUitwisseling()) + " tekort")
                .toList();
        // The region's exchange is what its gemeenten exchange (tabel 3), named so the two tables read as one.
        List<String> ruil = bal.uitruil().stream()
                .map(u -> fmt.getal(u.ingezet()) + " " + u.van().eenheid() + " " + u.van().label() + " ingezet voor "
                        + u.naar().label())
                .toList();
        String uitgewisseld = ruil.isEmpty() ? " De gemeenten wisselen niets uit."
                : " Binnen de gemeenten is uitgewisseld: " + String.join("; ", ruil) + " (tabel 3).";
        if (niet.isEmpty()) {
            return "Onder de streep haalt " + b.kop().regioNaam() + " elke opgave." + uitgewisseld;
        }
        return "Onder de streep haalt " + b.kop().regioNaam() + " de opgaven nog niet: " + String.join("; ", niet) + "."
                + uitgewisseld + " Uitwisseling (1 plek asiel tegen 1 plek Oekraïne) dekt een tekort van een gemeente alleen"
                + " met een overschot van die gemeente op de andere opgave.";
    }

    private List<GemeenteBalans> gemeenteBalansen() {
        List<GemeenteBalans> uit = new ArrayList<>();
        for (Gemeentebeeld g : b.gemeenten()) {
            if (g.onderDeStreep() == null) continue;
            List<Long> saldo = new ArrayList<>();
            List<Long> na = new ArrayList<>();
            for (Positie p : g.onderDeStreep().posities()) {
                saldo.add(p.saldo());
                na.add(p.saldoNaUitwisseling());
            }
            uit.add(new GemeenteBalans(g.naam(), saldo, na, g.onderDeStreep().onderDeStreepGehaald()));
        }
        return uit;
    }

    private Gemeentekoppen koppen() {
        List<Opgavestand> asiel = standen(Opgave.ASIEL);
        Opgavestand sh = eerste(Opgave.STATUSHOUDERS);
        Opgavestand oek = eerste(Opgave.OEKRAINE);
        return new Gemeentekoppen(asiel.isEmpty() ? "" : asiel.get(0).peildatum().label(),
                asiel.size() < 2 ? "" : asiel.get(1).peildatum().label(),
                sh == null ? "" : sh.peildatum().label(), oek == null ? "" : oek.peildatum().label(),
                b.statushouders() == null ? "" : b.statushouders().halfjaar().label());
    }

    private List<Gemeenteregel> gemeenten() {
        List<Opgavestand> asiel = standen(Opgave.ASIEL);
        Opgavestand sh = eerste(Opgave.STATUSHOUDERS);
        Opgavestand oek = eerste(Opgave.OEKRAINE);
        List<Gemeenteregel> uit = new ArrayList<>();
        for (Gemeentebeeld g : b.gemeenten()) {
            Opgavestand a1 = asiel.isEmpty() ? null : g.stand(Opgave.ASIEL, asiel.get(0).peildatum().code());
            Opgavestand a2 = asiel.size() < 2 ? null : g.stand(Opgave.ASIEL, asiel.get(1).peildatum().code());
            Opgavestand s = sh == null ? null : g.stand(Opgave.STATUSHOUDERS, sh.peildatum().code());
            Opgavestand o = oek == null ? null : g.stand(Opgave.OEKRAINE, oek.peildatum().code());
            Voortgang v = g.statushouders();
            uit.add(new Gemeenteregel(g.code(), g.naam(), g.inwoners(),
                    a1 == null ? null : a1.opgaveAantal(), a2 == null ? null : a2.opgaveAantal(),
                    a1 == null ? 0 : a1.realisatie(), a1 == null ? null : a1.gap(), a2 == null ? null : a2.gap(),
                    a1 == null ? 0 : a1.pijplijn(),
                    s == null ? null : s.opgaveAantal(),
                    v == null ? null : v.gecorrigeerdeTaakstelling(), v == null ? null : v.gehuisvest(),
                    v == null ? "—" : procent(v.percentage()),
                    o == null ? null : o.opgaveAantal(), o == null ? 0 : o.realisatie(), g.retourOntvangen()));
        }
        return uit;
    }

    /** The region's row: the region's own figures (which the gemeenten's add up to, or the controles say why not). */
    private Gemeenteregel totaal() {
        List<Opgavestand> asiel = standen(Opgave.ASIEL);
        Opgavestand a1 = asiel.isEmpty() ? null : asiel.get(0);
        Opgavestand a2 = asiel.size() < 2 ? null : asiel.get(1);
        Opgavestand s = eerste(Opgave.STATUSHOUDERS);
        Opgavestand o = eerste(Opgave.OEKRAINE);
        Voortgang v = b.statushouders();
        return new Gemeenteregel(b.kop().regioCode(), "Totaal " + b.kop().regioNaam(), b.inwoners(),
                a1 == null ? null : a1.opgaveAantal(), a2 == null ? null : a2.opgaveAantal(),
                a1 == null ? 0 : a1.realisatie(), a1 == null ? null : a1.gap(), a2 == null ? null : a2.gap(),
                a1 == null ? 0 : a1.pijplijn(), s == null ? null : s.opgaveAantal(),
                v == null ? null : v.gecorrigeerdeTaakstelling(), v == null ? null : v.gehuisvest(),
                v == null ? "—" : procent(v.percentage()), o == null ? null : o.opgaveAantal(),
                o == null ? 0 : o.realisatie(), true);
    }

    private Statushouders statushouders() {
        if (b.statushouders() == null) return null;
        List<Voortgangregel> regels = new ArrayList<>();
        long achter = 0;
        for (Gemeentebeeld g : b.gemeenten()) {
            if (g.statushouders() == null) continue;
            regels.add(voortgang(g.naam(), g.statushouders()));
            if (!g.statushouders().opSchema()) achter++;
        }
        Voortgang r = b.statushouders();
        return new Statushouders(r.halfjaar().label(), r.maandInHalfjaar(), regels,
                voortgang("Totaal " + b.kop().regioNaam(), r), achter);
    }

    private Voortgangregel voortgang(String naam, Voortgang v) {
        return new Voortgangregel(naam, v.taakstelling(), v.achterstandBeginPeriode(), v.gecorrigeerdeTaakstelling(),
                v.gehuisvest(), procent(v.percentage()), v.percentage(), v.normOpSchema(), v.opSchema(), v.achterstand());
    }

    private Cno cno() {
        Map<String, String> gemeenteVan = new LinkedHashMap<>();
        b.gemeenten().forEach(g -> g.locaties().forEach(l -> gemeenteVan.put(l.locatieId(), g.naam())));
        List<Cnoregel> regels = new ArrayList<>();
        int geschikt = 0;
        for (CnoBeoordeling c : b.cnoLocaties()) {
            var l = c.locatie();
            if (c.geschiktVoorOverdracht()) geschikt++;
            List<String> redenen = l.status() == nl.regietafel.domain.LocatieStatus.GESLOTEN ? List.of("Locatie is gesloten")
                    : c.redenen().stream()
                    .filter(r -> !c.geschiktVoorOverdracht() ? !r.startsWith("Groot genoeg") && !r.startsWith("Lang genoeg") : true)
                    .toList();
            String gemeente = gemeenteVan.getOrDefault(l.locatieId(), "");
            if (!l.gedeeldMet().isEmpty()) {
                gemeente += " (met " + String.join(", ", l.gedeeldMet().stream()
                        .map(x -> m.indeling().gemeente(x).map(nl.regietafel.domain.Gemeente::naam).orElse(x)).toList()) + ")";
            }
            regels.add(new Cnoregel(l.naam(), gemeente, l.plaats(), c.capaciteit(),
                    l.status().label(), l.beschikbaarTot(), l.beschikbaarTot() == null ? "onbekend" : fmt.datum(l.beschikbaarTot()),
                    c.geschiktVoorOverdracht(), String.join("; ", redenen)));
        }
        List<Sluitregel> sluiting = new ArrayList<>();
        List<Mijlpaal> cnoMijlpalen = new ArrayList<>();
        cnoMijlpalen.add(Mijlpaal.CNO_NIET_MEER_NODIG);
        b.mijlpalen().stream().filter(mp -> mp.omschrijving().toLowerCase(Opmaak.NL).contains("sluit") && !cnoMijlpalen.contains(mp)).forEach(cnoMijlpalen::add);
        for (Mijlpaal mp : cnoMijlpalen) {
            List<CnoBeoordeling> open = b.cnoOpenNa(mp.datum());
            long plekken = open.stream().mapToLong(CnoBeoordeling::capaciteit).sum();
            String oordeel = open.isEmpty() ? "op koers: geen CNO-locatie beschikbaar na deze datum"
                    : "niet op koers: " + open.size() + (open.size() == 1 ? " locatie" : " locaties") + " met "
                    + fmt.getal(plekken) + " plekken langer beschikbaar of zonder einddatum";
            sluiting.add(new Sluitregel(fmt.datum(mp.datum()), mp.omschrijving(), open.size(), plekken, oordeel));
        }
        var cr = b.cnoCriteria(); // the criteria the locations above were judged by, configured or not
        String criteria = "Criteria voor overdracht aan het COA: ten minste " + cr.minimumPlekkenCoa()
                + " plekken (AMV: " + cr.minimumPlekkenAmv() + ") en nog ten minste " + cr.minimumResterendeMaanden()
                + " maanden beschikbaar na " + fmt.datum(peildag) + ".";
        return new Cno(b.cno().plekkenInGebruik(), b.cno().locatiesInGebruik(), b.cno().plekkenGerealiseerd(),
                b.cno().locatiesGerealiseerd(), b.cno().plekkenGesloten(), b.cno().locatiesGesloten(), geschikt, regels,
                sluiting, b.cnoNaMijlpaal().stream().map(s -> s.melding()).toList(), criteria);
    }

    private List<Mijlpaalregel> mijlpalen() {
        List<Mijlpaalregel> uit = new ArrayList<>();
        for (Mijlpaal mp : b.mijlpalen()) {
            uit.add(new Mijlpaalregel(mp.datum(), fmt.datum(mp.datum()), mp.omschrijving(), termijn(mp.datum()), stand(mp)));
        }
        return uit;
    }

    private String termijn(LocalDate datum) {
        if (!datum.isAfter(peildag)) return "verstreken";
        long maanden = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(peildag), YearMonth.from(datum));
        return maanden <= 0 ? "deze maand" : maanden == 1 ? "over 1 maand" : "over " + maanden + " maanden";
    }

    /** What the month's figures say about a milestone, where the tool tracks it. */
    private String stand(Mijlpaal mp) {
        String o = mp.omschrijving().toLowerCase(Opmaak.NL);
        if (o.contains("opvangplekken asiel") || o.contains("reguliere opvanglocaties")) {
            Opgavestand a = standen(Opgave.ASIEL).stream().filter(s -> !s.peildatum().begin().isBefore(mp.datum()))
                    .findFirst().orElse(eerste(Opgave.ASIEL));
            return a == null ? "" : "Opgave " + a.peildatum().label() + ": " + fmt.getal(a.opgaveAantal()) + ", gerealiseerd "
                    + fmt.getal(a.realisatie()) + ", nog " + fmt.getal(a.gap()) + " (" + fmt.getal(a.pijplijn()) + " in voorbereiding).";
        }
        if (o.contains("cno")) {
            List<CnoBeoordeling> open = b.cnoOpenNa(mp.datum());
            long plekken = open.stream().mapToLong(CnoBeoordeling::capaciteit).sum();
            return open.isEmpty() ? "Alle CNO-locaties hebben een einddatum vóór deze datum."
                    : open.size() == 1 ? "1 CNO-locatie (" + fmt.getal(plekken) + " plekken) is langer beschikbaar of heeft geen einddatum."
                    : open.size() + " CNO-locaties (" + fmt.getal(plekken) + " plekken) zijn langer beschikbaar of hebben geen einddatum.";
        }
        if (o.contains("statushouders")) {
            Opgavestand sh = eerste(Opgave.STATUSHOUDERS);
            if (sh == null) return "";
            Voortgang v = b.statushouders();
            String door = "";
            if (v != null && v.volgendHalfjaar().equals(sh.peildatum())) {
                door = v.achterstand() >= 0
                        ? "; uit " + v.halfjaar().label() + " schuift een achterstand van " + fmt.getal(v.achterstand()) + " door"
                        : "; uit " + v.halfjaar().label() + " schuift een voorsprong van " + fmt.getal(-v.achterstand()) + " door";
            } else if (v != null && v.halfjaar().equals(sh.peildatum())) {
                door = "; gehuisvest " + fmt.getal(v.gehuisvest()) + " van " + fmt.getal(v.gecorrigeerdeTaakstelling());
            }
            return "Taakstelling " + sh.peildatum().label() + ": " + fmt.getal(sh.opgaveAantal()) + door + ".";
        }
        if (o.contains("colleges")) {
            long metPlan = b.gemeenten().stream().filter(g -> g.locaties().stream()
                    .anyMatch(l -> l.isReguliereAsielopvang() && l.status().isPijplijn())).count();
            return metPlan + " van " + b.gemeenten().size() + " gemeenten melden een plan voor reguliere asielopvang.";
        }
        return "";
    }
}
