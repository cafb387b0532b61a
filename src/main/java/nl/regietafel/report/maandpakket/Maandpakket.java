package nl.regietafel.report.maandpakket;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Gebied;
import nl.regietafel.report.Grafieken;
import nl.regietafel.report.Grafieken.Formaat;
import nl.regietafel.report.Grafieken.Grafiek;
import nl.regietafel.report.Grafieken.Reeks;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.PdfEigenschappen;
import nl.regietafel.report.PdfRenderer;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.Werkverdeling;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.report.kaart.Kaarten;
import nl.regietafel.report.kaart.Regioblik;
import nl.regietafel.report.verloop.VerloopModel;
import nl.regietafel.report.verloop.Verloopbron;
import nl.regietafel.report.verloop.Verloopgrafieken;
import nl.regietafel.run.Run;

import org.jfree.chart.plot.PlotOrientation;
import org.springframework.stereotype.Component;

/** maandpakket.pdf and .xlsx for the regietafel (SPEC §6), one per veiligheidsregio package, from one view model. */
@Component
public class Maandpakket {

    public static final String TITEL = "Maandpakket Regietafel Asielinstroom";
    public static final String SJABLOON = "maandpakket/maandpakket.ftlx";

    private final Rapportbron bron;
    private final Sjablonen sjablonen;
    private final PdfRenderer pdf;
    private final Grafieken grafieken;
    private final Opmaak fmt;
    private final Kaarten kaarten;
    private final Verloopbron verloop;
    private final Werkverdeling werk;

    public Maandpakket(Rapportbron bron, Sjablonen sjablonen, PdfRenderer pdf, Grafieken grafieken, Opmaak fmt,
                       Kaarten kaarten, Verloopbron verloop, Werkverdeling werk) {
        this.verloop = verloop;
        this.werk = werk;
        this.bron = bron;
        this.sjablonen = sjablonen;
        this.pdf = pdf;
        this.grafieken = grafieken;
        this.fmt = fmt;
        this.kaarten = kaarten;
    }

    public void render(Run run) {
        List<Gebied> gebieden = bron.werkgebieden(run);
        // Regions are independent: both cores render (renderer and templates are thread-safe).
        werk.elk(gebieden, vr -> render(model(run, vr.code()), blik(run, vr.code()),
                verloop(run, vr.code()), Uitvoermap.pakket(run, vr)));
        System.out.println("  maandpakket: maandpakket.pdf en .xlsx voor " + gebieden.size() + " veiligheidsregio('s)");
    }

    /** The view model of one veiligheidsregio's maandpakket (one read of the store). */
    public MaandpakketModel model(Run run, String regio) {
        Maandgegevens m = bron.lees(run, regio, TITEL);
        Maandbeeld beeld = bron.maandbeeld(run, regio, TITEL);
        return new MaandpakketBouwer(beeld, m, fmt).bouw();
    }

    /** The development over time up to the run's period, from the periods in the store. */
    public VerloopModel verloop(Run run, String regio) {
        return verloop.model(run, bron.maandbeeld(run, regio, TITEL), fmt);
    }

    /** The region at a glance (maps, traffic-light matrix) from the same month. */
    public Regioblik blik(Run run, String regio) {
        return kaarten.blik(bron.maandbeeld(run, regio, TITEL));
    }

    /** Writes maandpakket.pdf and maandpakket.xlsx into {@code map}, without the maps and matrix. */
    public void render(MaandpakketModel model, Path map) {
        render(model, null, map);
    }

    /** Writes maandpakket.pdf and maandpakket.xlsx into {@code map}; {@code blik} may be null. */
    public void render(MaandpakketModel model, Regioblik blik, Path map) {
        render(model, blik, null, map);
    }

    /** Writes maandpakket.pdf and maandpakket.xlsx into {@code map}; {@code blik} and {@code verloopmodel} may be null. */
    public void render(MaandpakketModel model, Regioblik blik, VerloopModel verloopmodel, Path map) {
        Map<String, Object> gegevens = new LinkedHashMap<>(Map.of(
                "m", model,
                "kop", model.kop(),
                "gegenereerd", fmt.tijdstip(model.kop().gegenereerd()),
                "vingerafdruk", model.kop().korteVingerafdruk()));
        Map<String, Grafiek> figuren = grafieken(model);
        if (blik != null) {
            gegevens.put("blik", blik);
            figuren.putAll(kaarten.grafieken(blik));
        }
        if (verloopmodel != null) {
            gegevens.put("verloopmodel", verloopmodel);
            figuren.putAll(Verloopgrafieken.voor(verloopmodel, grafieken));
        }
        String xhtml = sjablonen.render(SJABLOON, gegevens);
        pdf.render(xhtml, map.resolve("maandpakket.pdf"), eigenschappen(model), figuren);
        MaandpakketXlsx.schrijf(model, blik, verloopmodel, fmt, map.resolve("maandpakket.xlsx"));
    }

    PdfEigenschappen eigenschappen(MaandpakketModel model) {
        return PdfEigenschappen.van(TITEL + " — " + model.kop().regioNaam() + ", " + model.periode(),
                        "Opgaven, realisatie en gap, onder de streep, gemeenten, statushouders, CNO-transitie, knelpunten en mijlpalen — "
                                + model.kop().regioNaam() + ", " + model.periode() + " — vingerafdruk " + model.kop().vingerafdruk())
                .metTrefwoorden("maandpakket, asiel, statushouders, Oekraïne, CNO, " + model.kop().regioNaam())
                .metAuteur(model.kop().regietafel());
    }

    /** The charts of the PDF (the XLSX draws the same series natively). */
    Map<String, Grafiek> grafieken(MaandpakketModel m) {
        Map<String, Grafiek> uit = new LinkedHashMap<>();
        List<String> namen = m.gemeenten().stream().map(MaandpakketModel.Gemeenteregel::naam).toList();
        // at least 240 pixels high; Grafieken makes a region's many gemeenten as high as their value labels need
        Formaat perGemeente = new Formaat(640, 240);
        uit.put("asiel", grafieken.staaf(null, "plekken", namen, List.of(
                new Reeks("Indicatieve opgave " + m.koppen().asielEerste(),
                        m.gemeenten().stream().map(MaandpakketModel.Gemeenteregel::asielEerste).toList()),
                new Reeks("Gerealiseerd (in gebruik)",
                        m.gemeenten().stream().map(MaandpakketModel.Gemeenteregel::asielRealisatie).toList())),
                PlotOrientation.HORIZONTAL, perGemeente));
        if (!m.balans().isEmpty()) {
            List<String> opgaven = m.balans().stream().map(r -> r.opgave() + " (" + r.peildatum() + ")").toList();
            uit.put("balans", grafieken.staaf(null, "plekken", opgaven, List.of(
                    new Reeks("Opgave", m.balans().stream().map(MaandpakketModel.Balansregel::opgaveAantal).toList()),
                    new Reeks("Gerealiseerd", m.balans().stream().map(MaandpakketModel.Balansregel::realisatie).toList())),
                    PlotOrientation.HORIZONTAL, new Formaat(640, 90 + 45 * opgaven.size())));
        }
        if (m.statushouders() != null) {
            List<MaandpakketModel.Voortgangregel> v = m.statushouders().gemeenten();
            List<Number> norm = new ArrayList<>(v.stream().map(MaandpakketModel.Voortgangregel::norm).toList());
            uit.put("statushouders", grafieken.staaf(null, "personen", v.stream().map(MaandpakketModel.Voortgangregel::naam).toList(),
                    List.of(new Reeks("Gehuisvest", v.stream().map(MaandpakketModel.Voortgangregel::gehuisvest).toList()),
                            new Reeks("Norm op schema (" + m.statushouders().maand() + "/6 van gecorrigeerde taakstelling)", norm)),
                    PlotOrientation.HORIZONTAL, perGemeente));
        }
        return uit;
    }
}
