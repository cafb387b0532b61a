package nl.regietafel.report;

import java.time.LocalDateTime;
import java.util.List;

import nl.regietafel.batch.Run;
import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.regio.Vastgesteld;
import nl.regietafel.domain.regio.Werkgebieden;
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

    /** The month as the documents see it. */
    public record Maandgegevens(Documentkop kop, Gebiedsindeling indeling, Populatieset populatie, Kop berekening,
                                List<nl.regietafel.domain.regio.VerdelingRegel> regels,
                                java.util.Map<Long, nl.regietafel.domain.Herkomst> bronnen,
                                List<Vastgesteld> cijfers, List<Maandretour> retouren,
                                List<nl.regietafel.domain.controle.Controle> controles) {
    }

    private final ReferentieRepository referentie;
    private final BerekeningRepository berekeningen;
    private final LandelijkRepository landelijk;
    private final RetourRepository retouren;

    private final nl.regietafel.berekening.RegietafelInstellingen instellingen;

    public Rapportbron(ReferentieRepository referentie, BerekeningRepository berekeningen, LandelijkRepository landelijk,
                       RetourRepository retouren, nl.regietafel.berekening.RegietafelInstellingen instellingen) {
        this.instellingen = instellingen;
        this.referentie = referentie;
        this.berekeningen = berekeningen;
        this.landelijk = landelijk;
        this.retouren = retouren;
    }

    /** The returns of the newest period before this run's, by gemeente code; empty when there is none. */
    public java.util.Map<String, Maandretour> vorigeRetouren(Run run, String regio) {
        Gebiedsindeling indeling = referentie.indeling();
        return retouren.vorigePeriode(run.periode())
                .map(p -> retouren.actieveRetouren(p).entrySet().stream()
                        .filter(e -> indeling.ligtIn(e.getKey(), regio))
                        .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)))
                .orElse(java.util.Map.of());
    }

    public java.util.Optional<java.time.YearMonth> vorigePeriode(Run run) {
        return retouren.vorigePeriode(run.periode());
    }

    /** The month of one veiligheidsregio as every document of its package shows it. */
    public nl.regietafel.report.beeld.Maandbeeld maandbeeld(Run run, String regio, String titel) {
        Maandgegevens m = lees(run, regio, titel);
        return new nl.regietafel.report.beeld.MaandbeeldBouwer(m, vorigeRetouren(run, regio), vorigePeriode(run).orElse(null),
                new nl.regietafel.report.beeld.MaandbeeldBouwer.Instellingen(
                        nl.regietafel.report.procesplan.Tabel22Indeling.procesplan(), instellingen.uitwisseltabel(),
                        instellingen.getCno(), nl.regietafel.domain.cno.Mijlpaal.procesplanTwente())).bouw();
    }

    /** The veiligheidsregio's this run makes packages for. */
    public List<Gebied> werkgebieden(Run run) {
        return Werkgebieden.veiligheidsregios(run.regio(), referentie.indeling());
    }

    public Maandgegevens lees(Run run, String regio, String titel) {
        Kop kop = berekeningen.kop(run.periode(), regio).orElseThrow(() -> new IllegalStateException(
                "Geen verdeling berekend voor " + regio + " " + run.periode() + ": draai eerst --job=verdeling."));
        Gebiedsindeling indeling = referentie.indeling();
        Populatieset populatie = referentie.populatieset(kop.populatieset()).orElseThrow();
        String regioNaam = indeling.gebied(regio).map(Gebied::naam).orElse(regio);
        List<Maandretour> regioRetouren = retouren.actieveRetouren(run.periode()).values().stream()
                .filter(r -> indeling.ligtIn(r.gemeenteCode(), regio))
                .toList();
        List<Vastgesteld> cijfers = landelijk.actieveCijfers().stream()
                .map(b -> new Vastgesteld(b.cijfer(), b.bronDocumentId(), b.herkomst().datum()))
                .toList();
        Documentkop documentkop = new Documentkop(titel, regio, regioNaam, run.periode(), LocalDateTime.now(),
                kop.vingerafdruk());
        return new Maandgegevens(documentkop, indeling, populatie, kop, berekeningen.regels(kop.id()), landelijk.bronnen(),
                cijfers, regioRetouren, berekeningen.controles(kop.id()));
    }
}
