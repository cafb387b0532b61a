package nl.regietafel.domain.regio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.statushouders.Artikel29;
import nl.regietafel.domain.statushouders.Circulaires;
import nl.regietafel.domain.statushouders.Prognosemaker;
import nl.regietafel.domain.verdeling.Eenheid;
import nl.regietafel.domain.verdeling.Verdeler;
import nl.regietafel.domain.verdeling.Verdeling;

/**
 * Distributes every opgave over a region (SPEC §5.2). For each opgave, peildatum and scenario:
 * <ol>
 *   <li>provincie → veiligheidsregio (Tabel 2.1) where the region's provincie has a figure;</li>
 *   <li>the region's total: its own figure of record, else its computed share of the provincie,
 *       else of the country;</li>
 *   <li>region → gemeenten (Bijlage 3) over that total.</li>
 * </ol>
 * A circulaire's statushouders are no split: each gemeente's figure is art. 29 Huisvestingswet
 * at the national number that reproduces the circulaire ({@link Circulaires}).
 * Where two documents give the same figure, the newer document counts ({@link Vastgesteld#geldend}).
 * The population set is the preferred one where it covers all units of a split, else the
 * fallback (CBS) set, so the procesplan's own inwoners reproduce its figures.
 */
public final class RegioVerdeler {

    private final Gebiedsindeling indeling;
    private final Populatieset voorkeur;
    private final Populatieset terugval;
    private final Verdeelregels verdeelregels;
    /** Art. 29 per set of circulaire figures: the national run's 25 regions share theirs, so it is searched once. */
    private final Map<List<Vastgesteld>, Map<Peildatum, Artikel29.Toets>> toetsen = new ConcurrentHashMap<>();

    public RegioVerdeler(Gebiedsindeling indeling, Populatieset voorkeur, Populatieset terugval, Verdeelregels regels) {
        this.indeling = indeling;
        this.voorkeur = voorkeur;
        this.terugval = terugval;
        this.verdeelregels = regels;
    }

    public List<VerdelingRegel> verdeel(String regioCode, List<Vastgesteld> cijfers) {
        Gebied regio = indeling.gebied(regioCode)
                .orElseThrow(() -> new IllegalArgumentException("Onbekende regio " + regioCode));
        Map<Sleutel, Map<String, Vastgesteld>> perSleutel = Vastgesteld.geldend(cijfers);
        Map<Peildatum, Artikel29.Toets> circulaires = toetsen(cijfers);
        long iN = Circulaires.inwoners(indeling, terugval).values().stream().mapToLong(Long::longValue).sum();
        List<VerdelingRegel> regels = new ArrayList<>();
        for (Sleutel sleutel : new TreeSet<>(perSleutel.keySet())) {
            Artikel29.Toets art29 = Circulaires.isCirculaire(sleutel) ? circulaires.get(sleutel.peildatum()) : null;
            regels.addAll(verdeel(regio, sleutel, perSleutel.get(sleutel), art29, iN));
        }
        return regels;
    }

    /** Only the circulaires' figures count for art. 29: the same ones give the same test. */
    private Map<Peildatum, Artikel29.Toets> toetsen(List<Vastgesteld> cijfers) {
        List<Vastgesteld> circulaire = cijfers.stream()
                .filter(v -> Circulaires.isCirculaire(new Sleutel(v.cijfer().opgave(), v.cijfer().peildatum(), v.cijfer().scenario())))
                .toList();
        return toetsen.computeIfAbsent(circulaire, c -> Circulaires.toetsen(c, indeling, terugval));
    }

    private List<VerdelingRegel> verdeel(Gebied regio, Sleutel sleutel, Map<String, Vastgesteld> figuren, Artikel29.Toets art29,
                                         long iN) {
        List<VerdelingRegel> regels = new ArrayList<>();
        Optional<Totaal> regioTotaal = Optional.ofNullable(figuren.get(regio.code()))
                .map(v -> new Totaal(v.cijfer().aantal(), v.bronId()));

        if (regio.niveau() == Gebied.Niveau.VEILIGHEIDSREGIO) {
            String pv = indeling.ouder(regio.code()).orElseThrow().code();
            Vastgesteld pvFiguur = figuren.get(pv);
            if (pvFiguur != null) {
                List<VerdelingRegel> vrRegels = splits(sleutel, pv, new Totaal(pvFiguur.cijfer().aantal(), pvFiguur.bronId()),
                        codes(indeling.delen(pv)), figuren);
                regels.addAll(vrRegels);
                if (regioTotaal.isEmpty()) {
                    regioTotaal = vrRegels.stream().filter(r -> r.gebiedCode().equals(regio.code())).findFirst()
                            .map(r -> new Totaal(r.berekend(), null));
                }
            } else if (regioTotaal.isEmpty() && figuren.containsKey(Gebiedsindeling.NL)) {
                Vastgesteld nl = figuren.get(Gebiedsindeling.NL);
                List<VerdelingRegel> vrRegels = splits(sleutel, Gebiedsindeling.NL, new Totaal(nl.cijfer().aantal(), nl.bronId()),
                        codes(indeling.veiligheidsregios()), figuren);
                regels.addAll(vrRegels);
                regioTotaal = vrRegels.stream().filter(r -> r.gebiedCode().equals(regio.code())).findFirst()
                        .map(r -> new Totaal(r.berekend(), null));
            }
        }
        List<String> gemeenten = indeling.gemeenten(regio.code()).stream().map(Gemeente::code).toList();
        if (regioTotaal.isEmpty()) {
            // Only per-gemeente figures (a circulaire without a subtotal): their sum is the total.
            long som = 0;
            boolean iets = false;
            for (String g : gemeenten) {
                Vastgesteld v = figuren.get(g);
                if (v != null) {
                    som += v.cijfer().aantal();
                    iets = true;
                }
            }
            if (iets) regioTotaal = Optional.of(new Totaal(som, null));
        }
        if (art29 != null) {
            // A circulaire's gemeenten follow art. 29 at the national number that reproduces it, not a regional split.
            regioTotaal.ifPresent(t -> regels.addAll(artikel29(sleutel, regio.code(), t, gemeenten, figuren, art29.vg(), art29.inwonersNederland())));
        } else if (Circulaires.isPrognose(sleutel) && iN > 0) {
            // A prognosis for the region: the same rule on the same (CBS) population, at the national number that gives its total.
            regioTotaal.ifPresent(t -> regels.addAll(artikel29(sleutel, regio.code(), t, gemeenten, figuren,
                    Artikel29.vgVoorRegio(t.aantal(), gemeenten.stream().map(terugval::inwoners).toList(), iN), iN)));
        } else {
            regioTotaal.ifPresent(t -> regels.addAll(splits(sleutel, regio.code(), t, gemeenten, figuren)));
        }
        return regels;
    }

    private List<VerdelingRegel> artikel29(Sleutel sleutel, String ouder, Totaal totaal, List<String> gemeenten,
                                           Map<String, Vastgesteld> figuren, long vg, long iN) {
        List<Eenheid> eenheden = gemeenten.stream().map(c -> new Eenheid(c, terugval.inwoners(c))).toList();
        Verdeling v = Prognosemaker.taakstelling(vg, eenheden, iN);
        return regels(sleutel, ouder, totaal, v, figuren, terugval.naam());
    }

    private List<VerdelingRegel> splits(Sleutel sleutel, String ouder, Totaal totaal, List<String> delen,
                                        Map<String, Vastgesteld> figuren) {
        boolean gelijk = verdeelregels.gelijkPerVeiligheidsregio().contains(sleutel.opgave())
                && delen.stream().allMatch(c -> c.startsWith("VR"));
        Populatieset set = delen.stream().allMatch(voorkeur::bevat) ? voorkeur : terugval;
        List<Eenheid> eenheden = delen.stream()
                .map(c -> new Eenheid(c, gelijk ? 1 : set.inwoners(c)))
                .toList();
        Verdeling v = Verdeler.verdeel(totaal.aantal(), eenheden, verdeelregels.methode(sleutel.opgave()));
        return regels(sleutel, ouder, totaal, v, figuren, gelijk ? "gelijk per veiligheidsregio" : set.naam());
    }

    private static List<VerdelingRegel> regels(Sleutel sleutel, String ouder, Totaal totaal, Verdeling v,
                                               Map<String, Vastgesteld> figuren, String setNaam) {
        return v.toewijzingen().stream().map(t -> {
            Vastgesteld eigen = figuren.get(t.code());
            return new VerdelingRegel(sleutel, ouder, t.code(), t.gewicht(), t.quotum(), t.aantal(),
                    eigen == null ? null : eigen.cijfer().aantal(), eigen == null ? null : eigen.bronId(),
                    v.methode(), totaal.aantal(), totaal.bronId(), setNaam);
        }).toList();
    }

    private static List<String> codes(List<Gebied> gebieden) {
        return gebieden.stream().map(Gebied::code).toList();
    }

    private record Totaal(long aantal, Long bronId) {
    }
}
