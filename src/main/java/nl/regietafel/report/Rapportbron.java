package nl.regietafel.report;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.regio.Vastgesteld;
import nl.regietafel.domain.regio.Werkgebieden;
import nl.regietafel.ingest.regio.Regiologo;
import nl.regietafel.ingest.regio.Regiotafels;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.MaandbeeldBouwer;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.run.Run;
import nl.regietafel.store.BerekeningRepository;
import nl.regietafel.store.BerekeningRepository.Kop;
import nl.regietafel.store.LandelijkRepository;
import nl.regietafel.store.ReferentieRepository;
import nl.regietafel.store.RetourRepository;

import org.springframework.stereotype.Component;

/**
 * Everything the documents of one run are built from, read from the store once: the stored
 * computation of the period and region, the returns, the documents' provenance. One source for
 * every figure, so the same figure prints the same in every document.
 */
@Component
public class Rapportbron {

    private final ReferentieRepository referentie;
    private final BerekeningRepository berekeningen;
    private final LandelijkRepository landelijk;
    private final RetourRepository retouren;

    private final nl.regietafel.berekening.RegietafelInstellingen instellingen;
    private final Regiotafels regiotafels;

    public Rapportbron(ReferentieRepository referentie, BerekeningRepository berekeningen, LandelijkRepository landelijk,
                       RetourRepository retouren, nl.regietafel.berekening.RegietafelInstellingen instellingen,
                       Regiotafels regiotafels) {
        this.instellingen = instellingen;
        this.regiotafels = regiotafels;
        this.referentie = referentie;
        this.berekeningen = berekeningen;
        this.landelijk = landelijk;
        this.retouren = retouren;
    }

    /** What every region of a run shares, read from the store once per run. */
    private record Runbron(String runId, Gebiedsindeling indeling, Map<String, Maandretour> retouren,
                           Map<String, Maandretour> vorige, Optional<YearMonth> vorigePeriode, List<Vastgesteld> cijfers,
                           Map<Long, nl.regietafel.domain.Herkomst> bronnen, LocalDateTime gegenereerd,
                           Map<Long, String> profielen) {
    }

    private volatile Runbron runbron;
    private final Map<String, Maandgegevens> gegevens = new ConcurrentHashMap<>();
    private final Map<String, Maandbeeld> beelden = new ConcurrentHashMap<>();

    /**
     * The store read once per run: with 25 regions and eight document types, reading the returns
     * and the reference data per document would dominate a national run. Documents only read.
     */
    private synchronized Runbron runbron(Run run) {
        Runbron r = runbron;
        if (r == null || !r.runId().equals(run.runId())) {
            gegevens.clear();
            beelden.clear();
            Optional<YearMonth> vorigePeriode = retouren.vorigePeriode(run.periode());
            r = new Runbron(run.runId(), referentie.indeling(), retouren.actieveRetouren(run.periode()),
                    vorigePeriode.map(retouren::actieveRetouren).orElse(Map.of()), vorigePeriode,
                    landelijk.actieveCijfers(run.periode().atEndOfMonth()).stream()
                            .map(b -> new Vastgesteld(b.cijfer(), b.bronDocumentId(), b.herkomst().datum()))
                            .toList(),
                    landelijk.bronnen(), LocalDateTime.now(), landelijk.profielen());
            runbron = r;
        }
        return r;
    }

    /** The returns of the newest period before this run's, by gemeente code; empty when there is none. */
    public Map<String, Maandretour> vorigeRetouren(Run run, String regio) {
        Runbron r = runbron(run);
        return r.vorige().entrySet().stream()
                .filter(e -> r.indeling().ligtIn(e.getKey(), regio))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<YearMonth> vorigePeriode(Run run) {
        return runbron(run).vorigePeriode();
    }

    /**
     * The month of one veiligheidsregio as every document of its package shows it; built once per
     * run. Shared by documents rendered in parallel, so it carries no document's title: which
     * document asks first must not matter ({@code titel} is the asker's, kept for its callers).
     */
    public Maandbeeld maandbeeld(Run run, String regio, String titel) {
        Runbron r = runbron(run);
        var beeld = beelden.computeIfAbsent(regio, k -> {
            Maandgegevens m = lees(run, regio, "");
            return new MaandbeeldBouwer(m, vorigeRetouren(run, regio), r.vorigePeriode().orElse(null),
                    new MaandbeeldBouwer.Instellingen(
                            nl.regietafel.report.procesplan.Tabel22Indeling.procesplan(), instellingen.uitwisseltabel(),
                            instellingen.getCno(), m.regiotafel().mijlpalen(), instellingen.telregels())).bouw();
        });
        return beeld;
    }

    /** The veiligheidsregio's this run makes packages for. */
    public List<Gebied> werkgebieden(Run run) {
        return Werkgebieden.veiligheidsregios(run.regio(), runbron(run).indeling());
    }

    public Maandgegevens lees(Run run, String regio, String titel) {
        Runbron r = runbron(run);
        Maandgegevens m = gegevens.computeIfAbsent(regio, k -> leesUitStore(run, r, regio));
        return m.kop().titel().equals(titel) ? m : new Maandgegevens(m.kop().metTitel(titel), m.indeling(), m.populatie(),
                m.berekening(), m.regels(), m.bronnen(), m.cijfers(), m.retouren(), m.controles(), m.regiotafel());
    }

    /** The logo a region's settings name, read once per run (for the controlerapport's warning when it is unusable). */
    public Optional<Regiologo.Gelezen> logo(Run run, nl.regietafel.domain.regio.Regioinstellingen regiotafel) {
        return regiotafels.logo(run, regiotafel);
    }

    /** The CBS set over all gemeenten (art. 29 Huisvestingswet works on the whole country). */
    public Optional<Populatieset> landelijkePopulatie() {
        return referentie.populatieset(instellingen.terugvalPopulatieset());
    }

    private Maandgegevens leesUitStore(Run run, Runbron r, String regio) {
        Kop kop = berekeningen.kop(run.periode(), regio).orElseThrow(() -> new IllegalStateException(
                "Geen verdeling berekend voor " + regio + " " + run.periode() + ": draai eerst --job=verdeling."));
        Gebiedsindeling indeling = r.indeling();
        // The preferred set (the procesplan's inwoners) covers Twente only; elsewhere the CBS set.
        Populatieset voorkeur = referentie.populatieset(kop.populatieset()).orElseThrow();
        Populatieset populatie = indeling.gemeenten(regio).stream().allMatch(g -> voorkeur.bevat(g.code())) ? voorkeur
                : referentie.populatieset(instellingen.terugvalPopulatieset()).orElse(voorkeur);
        String regioNaam = indeling.gebied(regio).map(Gebied::naam).orElse(regio);
        List<Maandretour> regioRetouren = r.retouren().values().stream()
                .filter(m -> indeling.ligtIn(m.gemeenteCode(), regio))
                .toList();
        var regiotafel = regiotafels.voor(run, regio, regioNaam);
        String logo = regiotafels.logo(run, regiotafel).map(Regiologo.Gelezen::dataUri).orElse(null);
        Documentkop documentkop = new Documentkop("", regio, regioNaam, run.periode(), r.gegenereerd(), kop.vingerafdruk(),
                regiotafel.naam(), logo);
        return new Maandgegevens(documentkop, indeling, populatie, kop, berekeningen.regels(kop.id()), r.bronnen(),
                Regiotafels.geldend(r.cijfers(), r.profielen(), regiotafels.regionaleProfielen(run), regiotafel),
                regioRetouren, berekeningen.controles(kop.id()), regiotafel);
    }
}
