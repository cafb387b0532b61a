package nl.regietafel.berekening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.Controles;
import nl.regietafel.domain.controle.NlFormaat;
import nl.regietafel.domain.controle.Uitkomst;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.realisatie.CnoStand;
import nl.regietafel.domain.realisatie.Realisatieteller;
import nl.regietafel.domain.statushouders.Circulaires;
import nl.regietafel.domain.regio.Sleutel;
import nl.regietafel.domain.regio.Vastgesteld;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.domain.verdeling.Toewijzing;
import nl.regietafel.domain.verdeling.Verdeling;

/**
 * Every check of SPEC §5.6 for one region and period, in the order the documents show them:
 * parts against totals, figures of record against computed ones, claimed shares, documents that
 * give the same figure, CNO realised against in use, dates. Reported always, never hidden.
 */
final class Controlelijst {

    private Controlelijst() {
    }

    /**
     * The checks of the national documents as a whole: art. 29 over every gemeente and the sums at
     * every level. They depend only on the figures, not on the region, so a run computes them once
     * per set of figures and hands them to {@link #voor} for each region.
     */
    static List<Controle> landelijk(Gebiedsindeling indeling, Populatieset cbs, List<Vastgesteld> cijfers,
                                    Map<Long, Herkomst> bronnen) {
        List<Controle> uit = new ArrayList<>();
        Circulaires.toetsen(cijfers, indeling, cbs).forEach((halfjaar, t) -> uit.add(Artikel29Controle.van(halfjaar, t, indeling, cbs)));
        documentsommen(indeling, cijfers, bronnen, uit);
        return uit;
    }

    /** A region's checks; {@code landelijk} is {@link #landelijk} over the same {@code cijfers}. */
    static List<Controle> voor(String regio, Gebiedsindeling indeling, Populatieset populatie,
                               List<VerdelingRegel> regels, List<Vastgesteld> cijfers, List<Controle> landelijk,
                               List<Maandretour> retouren, RegietafelInstellingen instellingen) {
        List<Controle> uit = new ArrayList<>();
        java.util.function.Predicate<String> inBeeld = inBeeld(regio, indeling);
        Map<String, List<VerdelingRegel>> groepen = new TreeMap<>();
        for (VerdelingRegel r : regels) {
            groepen.computeIfAbsent(groep(r.sleutel(), r.ouderCode()), k -> new ArrayList<>()).add(r);
        }
        for (List<VerdelingRegel> groep : groepen.values()) {
            VerdelingRegel eerste = groep.get(0);
            if (groep.stream().noneMatch(r -> r.vastgesteld() != null)) continue;
            String wat = eerste.sleutel().opgave().label() + " " + eerste.sleutel().peildatum().label()
                    + (eerste.sleutel().scenario().isEmpty() ? "" : " (scenario " + eerste.sleutel().scenario() + ")");
            String ouder = naam(indeling, eerste.ouderCode());
            String code = eerste.sleutel().opgave() + "-" + eerste.sleutel().peildatum() + "-" + eerste.ouderCode();
            if (groep.stream().allMatch(r -> r.vastgesteld() != null) && eerste.totaalBronId() != null) {
                Map<String, Long> delen = new LinkedHashMap<>();
                groep.forEach(r -> delen.put(naam(indeling, r.gebiedCode()), r.vastgesteld()));
                uit.add(Controles.optelling("SOM-" + code,
                        wat + ": vastgestelde delen van " + ouder + " tellen op tot het vermelde totaal", delen, eerste.totaal()));
            }
            // A circulaire is no regional split: art. 29 checks it over the whole country (below).
            if (Circulaires.isCirculaire(eerste.sleutel())) continue;
            Map<String, Long> vastgesteld = new LinkedHashMap<>();
            groep.stream().filter(r -> r.vastgesteld() != null && inBeeld.test(r.gebiedCode()))
                    .forEach(r -> vastgesteld.put(naam(indeling, r.gebiedCode()), r.vastgesteld()));
            if (vastgesteld.isEmpty()) continue;
            // Units without a figure of record are not differences: compare only where a source gives one.
            List<Toewijzing> toewijzingen = groep.stream()
                    .filter(r -> r.vastgesteld() != null && inBeeld.test(r.gebiedCode()))
                    .map(r -> new Toewijzing(naam(indeling, r.gebiedCode()), r.gewicht(), r.quotum(), r.berekend()))
                    .toList();
            uit.add(Controles.vastgesteldTegenBerekend("VERDELING-" + code,
                    wat + ": vastgestelde cijfers tegen de verdeling van " + ouder + " naar inwonertal",
                    vastgesteld, new Verdeling(eerste.totaal(), eerste.methode(), toewijzingen)));
        }
        uit.addAll(landelijk);
        aandelen(regio, indeling, populatie, instellingen, uit);
        dezelfdeCijfers(indeling, cijfers.stream().filter(v -> inBeeld.test(v.cijfer().gebiedCode())).toList(), uit);
        cno(retouren, uit);
        for (Maandretour r : retouren) {
            uit.add(Controles.datumsOpVolgorde("DATUM-" + r.gemeenteCode(),
                    "Retour " + r.gemeenteNaam() + ": ingevuld niet vóór het begin van de peilmaand " + r.peilmaand(),
                    r.peilmaand().atDay(1), r.datum()));
        }
        return uit;
    }

    /**
     * The areas a region's checks are about: those in its provincie and the areas above it. Figures of
     * regions elsewhere (Twente's in a Groningen run) belong in their own region's checks.
     */
    private static java.util.function.Predicate<String> inBeeld(String regio, Gebiedsindeling indeling) {
        String pv = indeling.omvattend(regio, Gebied.Niveau.PROVINCIE).map(Gebied::code).orElse(regio);
        return code -> indeling.ligtIn(code, pv) || indeling.ligtIn(regio, code);
    }

    private static String groep(Sleutel s, String ouder) {
        return s.opgave().ordinal() + "|" + s.peildatum().begin() + "|" + s.peildatum() + "|" + s.scenario() + "|"
                + (ouder.startsWith("GM") ? "3" : ouder.startsWith("VR") ? "2" : ouder.startsWith("PV") ? "1" : "0") + ouder;
    }

    /**
     * Each national document checked whole, whatever region the run is for: wherever it gives an
     * area and all of that area's parts (gemeenten → veiligheidsregio → provincie → Nederland), per
     * opgave, peildatum and scenario, the parts must add up to the area. A sum the distribution
     * checks above already made, or another document gave (same code), is not repeated.
     */
    private static void documentsommen(Gebiedsindeling indeling, List<Vastgesteld> cijfers, Map<Long, Herkomst> bronnen,
                                       List<Controle> uit) {
        Set<String> codes = uit.stream().map(Controle::code).collect(Collectors.toSet());
        // Newest document first: where two documents give the same sum, the check names the newest.
        Map<String, Map<String, Long>> perDocument = new LinkedHashMap<>();
        Map<String, Vastgesteld> voorbeeld = new HashMap<>();
        List<Vastgesteld> nieuwsteEerst = cijfers.stream()
                .sorted(Comparator.comparing(Vastgesteld::documentdatum).thenComparingLong(Vastgesteld::bronId).reversed()).toList();
        for (Vastgesteld v : nieuwsteEerst) {
            LandelijkCijfer c = v.cijfer();
            String sleutel = v.bronId() + "|" + c.opgave().ordinal() + "|" + c.peildatum() + "|" + Objects.toString(c.scenario(), "");
            perDocument.computeIfAbsent(sleutel, k -> new HashMap<>()).put(c.gebiedCode(), c.aantal());
            voorbeeld.putIfAbsent(sleutel, v);
        }
        perDocument.forEach((sleutel, figuren) -> {
            LandelijkCijfer c = voorbeeld.get(sleutel).cijfer();
            Herkomst h = bronnen.get(voorbeeld.get(sleutel).bronId());
            List<String> gebieden = figuren.keySet().stream()
                    .sorted(Comparator.comparing((String g) -> Gebied.niveauVan(g)).thenComparing(g -> g)).toList();
            for (String gebied : gebieden) {
                List<Gebied> delen = indeling.delen(gebied);
                if (delen.isEmpty() || !delen.stream().allMatch(d -> figuren.containsKey(d.code()))) continue;
                String code = "SOM-" + c.opgave() + "-" + c.peildatum() + "-" + gebied
                        + (c.scenario() == null || c.scenario().isEmpty() ? "" : "-" + c.scenario());
                if (!codes.add(code)) continue;
                Map<String, Long> telling = new LinkedHashMap<>();
                delen.stream().sorted(Comparator.comparing(Gebied::naam)).forEach(d -> telling.put(d.naam(), figuren.get(d.code())));
                uit.add(Controles.optelling(code, c.opgave().label() + " " + c.peildatum().label()
                                + (c.scenario() == null || c.scenario().isEmpty() ? "" : " (scenario " + c.scenario() + ")")
                                + ": delen van " + naam(indeling, gebied) + " tellen op tot het vermelde totaal"
                                + (h == null ? "" : " in " + h.titel() + " (" + h.uitgever() + ")"),
                        telling, figuren.get(gebied)));
            }
        });
    }

    /** "Obv inwoneraantal rekenen we 54% ... toe aan Twente": each claimed share against the inwoners. */
    private static void aandelen(String regio, Gebiedsindeling indeling, Populatieset populatie,
                                 RegietafelInstellingen instellingen, List<Controle> uit) {
        for (Map.Entry<String, BigDecimal> claim : instellingen.getGeclaimdAandeel().entrySet()) {
            String code = claim.getKey();
            if (!indeling.ligtIn(code, regio) && !code.equals(regio)) continue;
            Gebied ouder = indeling.ouder(code).orElse(null);
            if (ouder == null || !populatie.bevat(code) || !populatie.bevat(ouder.code())) continue;
            uit.add(Controles.aandeel("AANDEEL-" + code,
                    "Aandeel van " + naam(indeling, code) + " in " + ouder.naam() + " op basis van inwonertal, zoals vermeld in de voetnoten",
                    populatie.inwoners(code), populatie.inwoners(ouder.code()), claim.getValue()));
        }
    }

    /** Two documents giving the same figure must agree; the newer one counts. */
    private static void dezelfdeCijfers(Gebiedsindeling indeling, List<Vastgesteld> cijfers, List<Controle> uit) {
        Map<String, List<Vastgesteld>> perSleutel = new TreeMap<>();
        for (Vastgesteld v : cijfers) {
            LandelijkCijfer c = v.cijfer();
            perSleutel.computeIfAbsent(c.opgave() + "|" + c.gebiedCode() + "|" + c.peildatum() + "|"
                    + Objects.toString(c.scenario(), ""), k -> new ArrayList<>()).add(v);
        }
        perSleutel.forEach((sleutel, lijst) -> {
            if (lijst.stream().map(Vastgesteld::bronId).distinct().count() < 2) return;
            LandelijkCijfer c = lijst.get(0).cijfer();
            String waarden = lijst.stream().sorted(Comparator.comparing(Vastgesteld::documentdatum))
                    .map(v -> NlFormaat.getal(v.cijfer().aantal())).collect(Collectors.joining(" en "));
            boolean gelijk = lijst.stream().map(v -> v.cijfer().aantal()).distinct().count() == 1;
            uit.add(new Controle("BRONNEN-" + sleutel.replaceAll("\\|+$", "").replace('|', '-'),
                    c.opgave().label() + " " + naam(indeling, c.gebiedCode()) + " " + c.peildatum().label()
                            + ": meerdere documenten noemen dit cijfer",
                    lijst.size() + " documenten", "gelijke cijfers", waarden + (gelijk ? "" : "; het nieuwste document telt"),
                    gelijk ? Uitkomst.IN_ORDE : Uitkomst.AFWIJKING));
        });
    }

    /** Bijlage 4 lists every CNO place ever realised; §2.2 counts those in use. Closed locations explain the rest. */
    private static void cno(List<Maandretour> retouren, List<Controle> uit) {
        List<Locatie> locaties = retouren.stream().flatMap(r -> r.locaties().stream()).toList();
        CnoStand cno = Realisatieteller.cno(locaties);
        if (cno.locatiesGerealiseerd() == 0) return;
        String gesloten = locaties.stream()
                .filter(l -> l.soort() == LocatieSoort.CNO && l.status() == LocatieStatus.GESLOTEN)
                .map(l -> l.naam() + " (" + l.capaciteit() + ")")
                .collect(Collectors.joining(", "));
        uit.add(Controles.gerealiseerdTegenBeschikbaar("CNO-GEREALISEERD",
                "CNO-plekken gerealiseerd (Bijlage 4) tegen in gebruik (Tabel 2.2)",
                cno.plekkenGerealiseerd(), cno.plekkenInGebruik(), cno.plekkenGesloten(),
                cno.locatiesGesloten() + " gesloten locatie(s): " + gesloten));
    }

    private static String naam(Gebiedsindeling indeling, String code) {
        return indeling.gebied(code).map(Gebied::naam).orElse(code);
    }
}
