package nl.regietafel.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.regio.Regioinstellingen;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.MaandretourReader;
import nl.regietafel.ingest.ReferentieReader;
import nl.regietafel.ingest.regio.RegioinstellingenLader;
import nl.regietafel.sample.SampleMonthGenerator.Gem;
import nl.regietafel.uitvraag.Formulierinhoud;
import nl.regietafel.uitvraag.UitvraagFormulier;

/**
 * The sample months January–December 2023: each gemeente's return for month M is the uitvraag
 * form the tool sends for M (the project's own {@link Formulierinhoud} and
 * {@link UitvraagFormulier}, from the return of M−1 as the tool reads it back), filled in by
 * {@link Retourinvuller} after the {@link Jaarplan}. So the loop with the gemeenten runs for real:
 * a month's return can only say what the form lets a gemeente say.
 */
final class Voorbeeldjaar {

    /** The region settings the forms take their sender, address and due date from. */
    static final Path REGIO = Path.of("input/regio/VR05-twente.yaml");

    private Voorbeeldjaar() {
    }

    static List<Path> schrijf(Path doel, Map<String, Long> inwoners) throws IOException {
        Gebiedsindeling indeling = ReferentieReader.lees(doel.resolve("referentie")).waarde().indeling();
        Regioinstellingen regio = RegioinstellingenLader.lees(REGIO).waarde();
        var knelpunten = SampleMonthGenerator.Retouren.knelpunten();
        List<Path> uit = new ArrayList<>();
        for (YearMonth maand = Jaarplan.EERSTE; !maand.isAfter(Jaarplan.LAATSTE); maand = maand.plusMonths(1)) {
            YearMonth vorige = maand.minusMonths(1);
            int i = 0;
            for (Gem g : SampleMonthGenerator.TWENTE) {
                Maandretour eerder = lees(doel.resolve("retouren").resolve(vorige.toString()).resolve(g.bestand()), indeling, vorige);
                Gemeente gemeente = indeling.gemeente(g.code()).orElseThrow();
                var inhoud = Formulierinhoud.van(Optional.of(eerder), gemeente, indeling, "VR05",
                        (halfjaar, code) -> taakstelling(halfjaar, g, vorige, inwoners), vorige, regio);
                XSSFWorkbook wb = SampleMonthGenerator.nieuwWerkboek("Maandretour " + g.naam() + " " + maand,
                        "Maandretour " + regio.naam() + ": " + g.naam() + " (" + g.code() + ") over " + maand);
                wb.getProperties().getCoreProperties().setDescription("Voorbeeldretour " + maand + " van Regietafel: het "
                        + "uitvraagformulier van de tool, ingevuld volgens het jaarplan van de voorbeeldgenerator; alle cijfers "
                        + "aangenomen (docs/voorbeeldjaar.md).");
                UitvraagFormulier.vul(wb, inhoud);
                Retourinvuller.vulIn(wb, g.code(), maand, SampleMonthGenerator.Retouren.ROLLEN[i % SampleMonthGenerator.Retouren.ROLLEN.length],
                        maand.plusMonths(1).atDay(3 + (i % 8)), Jaarplan.knelpunten(knelpunten.get(g.code()), maand));
                uit.add(SampleMonthGenerator.bewaar(wb, doel.resolve("retouren").resolve(maand.toString()).resolve(g.bestand())));
                i++;
            }
        }
        return uit;
    }

    static Maandretour lees(Path bestand, Gebiedsindeling indeling, YearMonth maand) {
        Leesresultaat<Maandretour> r = MaandretourReader.lees(bestand, indeling, maand);
        if (r.isAfgewezen() || !r.fouten().isEmpty()) {
            throw new IllegalStateException("Voorbeeldretour " + bestand + " wordt afgewezen: " + r.meldingen());
        }
        return r.waarde();
    }

    /** The circulaire's taakstelling as known at the end of {@code bekendOp} (a document counts from its date). */
    static Optional<Long> taakstelling(Peildatum halfjaar, Gem g, YearMonth bekendOp, Map<String, Long> inwoners) {
        LocalDate einde = bekendOp.atEndOfMonth();
        if (halfjaar.equals(Peildatum.of("2023-1"))) return Optional.of((long) g.taakstelling2023H1());
        if (halfjaar.equals(Peildatum.of("2023-2")) && !LandelijkJaar.CIRCULAIRE_2023_2.isAfter(einde)) {
            return Optional.of(LandelijkJaar.taakstelling2023H2(g, inwoners));
        }
        return Optional.empty();
    }
}
