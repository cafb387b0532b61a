package nl.regietafel.berekening;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.Uitkomst;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.regio.RegioVerdeler;
import nl.regietafel.domain.regio.Vastgesteld;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.domain.regio.Werkgebieden;
import nl.regietafel.ingest.regio.Regiotafels;
import nl.regietafel.run.Run;
import nl.regietafel.store.BerekeningRepository;
import nl.regietafel.store.InvoerbestandRepository;
import nl.regietafel.store.LandelijkRepository;
import nl.regietafel.store.ReferentieRepository;
import nl.regietafel.store.RetourRepository;

import org.springframework.stereotype.Component;

/** The verdeling step: every distribution and check of one period and region, stored as a whole. */
@Component
public class VerdelingBerekening {

    private final ReferentieRepository referentie;
    private final LandelijkRepository landelijk;
    private final RetourRepository retouren;
    private final InvoerbestandRepository bestanden;
    private final BerekeningRepository berekeningen;
    private final RegietafelInstellingen instellingen;
    private final Regiotafels regiotafels;

    public VerdelingBerekening(ReferentieRepository referentie, LandelijkRepository landelijk, RetourRepository retouren,
                               InvoerbestandRepository bestanden, BerekeningRepository berekeningen,
                               RegietafelInstellingen instellingen, Regiotafels regiotafels) {
        this.regiotafels = regiotafels;
        this.referentie = referentie;
        this.landelijk = landelijk;
        this.retouren = retouren;
        this.bestanden = bestanden;
        this.berekeningen = berekeningen;
        this.instellingen = instellingen;
    }

    public void bereken(Run run) {
        Gebiedsindeling indeling = referentie.indeling();
        Populatieset terugval = terugval();
        Populatieset voorkeur = referentie.populatieset(instellingen.populatieset()).orElse(terugval);
        Populatiekeuze.waarschuwing(instellingen.populatieset(),
                        referentie.populatiesets().stream().map(ReferentieRepository.PopulatieKop::populatieset).toList(), terugval.naam())
                .ifPresent(regel -> System.out.println("  " + regel));
        // A period uses the national documents known at its end; later ones are named, not used.
        java.time.LocalDate einde = run.periode().atEndOfMonth();
        List<Herkomst> latereDocumenten = landelijk.latereDocumenten(einde);
        List<Controle> later = Periodebronnen.latereDocumenten(latereDocumenten, run.periode());
        List<Vastgesteld> cijfers = cijfers(einde);
        Map<Long, Herkomst> bronnen = landelijk.bronnen();
        RegioVerdeler verdeler = new RegioVerdeler(indeling, voorkeur, terugval, instellingen.verdeelregels());
        // The fingerprint is of what the period uses: a document dated after it is not among its inputs.
        Set<String> ongebruikt = latereDocumenten.stream().map(Herkomst::sha256).collect(java.util.stream.Collectors.toSet());
        String vingerafdruk = Vingerafdruk.van(bestanden.aanvaardeHashes(run.periode().toString()).stream()
                .filter(h -> !ongebruikt.contains(h)).toList());
        var maand = retouren.actieveRetouren(run.periode());
        int regelsTotaal = 0;
        // A national document's checks come out of every region alike: each is counted once per run.
        Set<Controle> gezien = new HashSet<>();
        long afwijkingen = 0;
        List<Gebied> gebieden = Werkgebieden.veiligheidsregios(run.regio(), indeling);
        var profielen = landelijk.profielen();
        var regionaal = regiotafels.regionaleProfielen(run);
        // Regions differ only in which regional prognoses apply: the national checks per distinct set of figures.
        Map<List<Vastgesteld>, List<Controle>> landelijkeControles = new HashMap<>();
        for (Gebied vr : gebieden) {
            List<Vastgesteld> geldend = Regiotafels.geldend(cijfers, profielen, regionaal, regiotafels.voor(run, vr.code(), vr.naam()));
            List<Controle> landelijk = landelijkeControles.computeIfAbsent(geldend,
                    g -> Controlelijst.landelijk(indeling, terugval, g, bronnen));
            List<VerdelingRegel> regels = verdeler.verdeel(vr.code(), geldend);
            List<Maandretour> regioRetouren = maand.values().stream()
                    .filter(r -> indeling.ligtIn(r.gemeenteCode(), vr.code()))
                    .toList();
            List<Controle> controles = new java.util.ArrayList<>(Controlelijst.voor(vr.code(), indeling, voorkeur,
                    regels, geldend, landelijk, regioRetouren, instellingen));
            controles.addAll(later);
            berekeningen.vervang(run.periode(), vr.code(), run.runId(), vingerafdruk, voorkeur.naam(), regels, controles);
            regelsTotaal += regels.size();
            afwijkingen += controles.stream().filter(gezien::add).filter(c -> c.uitkomst() == Uitkomst.AFWIJKING).count();
        }
        System.out.printf("  verdeling: %d veiligheidsregio('s), %d verdeelregels, %d afwijkingen in de controles%n",
                gebieden.size(), regelsTotaal, afwijkingen);
    }

    /**
     * One region's distribution for each of {@code perioden} as this step computes it, with the
     * documents known at that period's end, without storing it: the opgaven of earlier months in
     * the development over time when their verdeling was never run. The reference data and the
     * region's settings are read once; a period whose applicable figures equal an earlier one's
     * gets that period's rows (the same inputs give the same distribution). In the order of
     * {@code perioden}.
     */
    public Map<java.time.YearMonth, List<VerdelingRegel>> verdeel(Run run, List<java.time.YearMonth> perioden, String regio) {
        Map<java.time.YearMonth, List<VerdelingRegel>> uit = new java.util.LinkedHashMap<>();
        if (perioden.isEmpty()) return uit;
        Gebiedsindeling indeling = referentie.indeling();
        Populatieset terugval = terugval();
        Populatieset voorkeur = referentie.populatieset(instellingen.populatieset()).orElse(terugval);
        String naam = indeling.gebied(regio).map(Gebied::naam).orElse(regio);
        var profielen = landelijk.profielen();
        var regionaal = regiotafels.regionaleProfielen(run);
        var instellingenRegio = regiotafels.voor(run, regio, naam);
        RegioVerdeler verdeler = new RegioVerdeler(indeling, voorkeur, terugval, instellingen.verdeelregels());
        Map<List<Vastgesteld>, List<VerdelingRegel>> perCijfers = new HashMap<>();
        for (java.time.YearMonth periode : perioden) {
            List<Vastgesteld> geldend = Regiotafels.geldend(cijfers(periode.atEndOfMonth()), profielen, regionaal, instellingenRegio);
            uit.put(periode, perCijfers.computeIfAbsent(geldend, g -> verdeler.verdeel(regio, g)));
        }
        return uit;
    }

    private Populatieset terugval() {
        return referentie.populatieset(instellingen.terugvalPopulatieset())
                .orElseThrow(() -> new IllegalStateException("Populatieset " + instellingen.terugvalPopulatieset() + " ontbreekt."));
    }

    private List<Vastgesteld> cijfers(java.time.LocalDate einde) {
        return landelijk.actieveCijfers(einde).stream()
                .map(b -> new Vastgesteld(b.cijfer(), b.bronDocumentId(), b.herkomst().datum()))
                .toList();
    }
}
