package nl.regietafel.report.factsheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.report.Grafieken;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.PdfEigenschappen;
import nl.regietafel.report.PdfRenderer;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.kaart.Kaartbeeld;
import nl.regietafel.report.kaart.Kaarten;
import nl.regietafel.report.verloop.VerloopModel;
import nl.regietafel.report.verloop.Verloopbron;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/**
 * One factsheet per gemeente, PDF and XLSX (SPEC §6): {@code factsheets/<GMcode>-<naam>.pdf}
 * and {@code .xlsx} in the package of its veiligheidsregio. Thread-safe: the batch step renders
 * gemeenten on two threads; templates, fonts and the region's month are shared, each document
 * has its own renderer and workbook.
 */
@Component
public class Factsheets {

    public static final String MAP = "factsheets";
    static final String SJABLOON = "factsheet/factsheet.ftlx";

    private final Rapportbron bron;
    private final Maandcache maanden;
    private final Sjablonen sjablonen;
    private final PdfRenderer pdf;
    private final Grafieken grafieken;
    private final Opmaak fmt;
    private final Kaarten kaarten;
    private final Verloopbron verloop;

    public Factsheets(Rapportbron bron, Maandcache maanden, Sjablonen sjablonen, PdfRenderer pdf, Grafieken grafieken,
                      Opmaak fmt, Kaarten kaarten, Verloopbron verloop) {
        this.verloop = verloop;
        this.kaarten = kaarten;
        this.bron = bron;
        this.maanden = maanden;
        this.sjablonen = sjablonen;
        this.pdf = pdf;
        this.grafieken = grafieken;
        this.fmt = fmt;
    }

    /** {@code GM1735-hof-van-twente} (without extension). */
    public static String bestandsnaam(Gemeente g) {
        return g.code() + "-" + g.bestandsnaam();
    }

    /** Every gemeente of every region of the run, on this thread (the batch step partitions instead). */
    public void render(Run run) {
        for (Gebied vr : bron.werkgebieden(run)) {
            Maandcache.Maand maand = maanden.maand(run, vr.code());
            render(run, vr.code(), maand.beeld().gemeenten().stream().map(g -> g.code()).toList());
        }
    }

    /**
     * The factsheets of {@code gemeenten} of region {@code vrCode}. A gemeente whose PDF and XLSX
     * both exist already (written atomically by an earlier attempt of this run) is skipped, so a
     * restart renders only what is missing. Returns the number rendered.
     */
    public int render(Run run, String vrCode, List<String> gemeenten) {
        Maandcache.Maand maand = maanden.maand(run, vrCode);
        Gebied vr = maand.gegevens().indeling().gebied(vrCode).orElseThrow();
        Path map = Uitvoermap.pakket(run, vr).resolve(MAP);
        int gemaakt = 0;
        VerloopModel ontwikkeling = null;
        for (String code : gemeenten) {
            Gemeente g = maand.gegevens().indeling().gemeente(code).orElseThrow();
            Path pdfBestand = map.resolve(bestandsnaam(g) + ".pdf");
            Path xlsxBestand = map.resolve(bestandsnaam(g) + ".xlsx");
            if (Files.exists(pdfBestand) && Files.exists(xlsxBestand)) continue;
            FactsheetModel model = new FactsheetBouwer(maand, fmt).bouw(code);
            if (ontwikkeling == null) ontwikkeling = verloop.model(run, maand.beeld(), fmt);
            schrijf(model, kaarten.beelden().ligging(maand.beeld(), code), ontwikkeling, pdfBestand, xlsxBestand);
            gemaakt++;
        }
        return gemaakt;
    }

    /** One gemeente's PDF and XLSX from its model, without the map of its region. */
    public void schrijf(FactsheetModel model, Path pdfBestand, Path xlsxBestand) {
        schrijf(model, null, pdfBestand, xlsxBestand);
    }

    /** One gemeente's PDF and XLSX from its model; {@code ligging} (its place in the region) may be null. */
    public void schrijf(FactsheetModel model, Kaartbeeld ligging, Path pdfBestand, Path xlsxBestand) {
        schrijf(model, ligging, null, pdfBestand, xlsxBestand);
    }

    /** As above, with the region's development over time (null: none), of which the gemeente's own lines are shown. */
    public void schrijf(FactsheetModel model, Kaartbeeld ligging, VerloopModel ontwikkeling, Path pdfBestand, Path xlsxBestand) {
        Map<String, Object> gegevens = new java.util.LinkedHashMap<>(Map.of(
                "m", model,
                "kop", model.kop(),
                "gegenereerd", fmt.tijdstip(model.kop().gegenereerd()),
                "vingerafdruk", model.kop().korteVingerafdruk()));
        Map<String, Grafieken.Grafiek> figuren = new java.util.LinkedHashMap<>(Map.of("positie", grafiek(model)));
        if (ligging != null) {
            gegevens.put("ligging", ligging);
            figuren.put("ligging", kaarten.grafiek(ligging));
        }
        if (ontwikkeling != null && ontwikkeling.gemeenten().containsKey(model.code())) {
            gegevens.put("verloopmodel", ontwikkeling);
            gegevens.put("verloopgemeente", ontwikkeling.gemeenten().get(model.code()));
        }
        String xhtml = sjablonen.render(SJABLOON, gegevens);
        pdf.render(xhtml, pdfBestand, eigenschappen(model), figuren);
        FactsheetXlsx.schrijf(model, titel(model), xlsxBestand);
    }

    public FactsheetModel model(Run run, String vrCode, String gemeenteCode) {
        return new FactsheetBouwer(maanden.maand(run, vrCode), fmt).bouw(gemeenteCode);
    }

    static String titel(FactsheetModel m) {
        return "Factsheet " + m.naam();
    }

    private PdfEigenschappen eigenschappen(FactsheetModel m) {
        return PdfEigenschappen.van(titel(m), m.naam() + " (" + m.code() + "), veiligheidsregio " + m.regioNaam() + ", "
                        + fmt.maand(m.kop().periode()) + " — vingerafdruk " + m.kop().vingerafdruk())
                .metTrefwoorden("factsheet, " + m.code() + ", " + m.naam() + ", " + m.kop().periode()).metAuteur(m.kop().regietafel());
    }

    /** Per 10.000 inwoners: the gemeente's opgave and realisatie beside the region's average realisatie. */
    private Grafieken.Grafiek grafiek(FactsheetModel m) {
        List<String> categorieen = new ArrayList<>();
        List<Number> opgave = new ArrayList<>();
        List<Number> realisatie = new ArrayList<>();
        List<Number> regio = new ArrayList<>();
        for (FactsheetModel.Positierij p : m.positie()) {
            // short labels ("Asielzoekers 1 april 2023"): at 12 px a long one wraps into the bars of its neighbour
            categorieen.add(p.opgave().replaceAll(" \\(.*\\)", "") + " " + p.peildatum());
            opgave.add(p.opgavePer10k());
            realisatie.add(p.realisatiePer10k());
            regio.add(p.regioRealisatiePer10k());
        }
        // compact: nine bars with their values under the legend would need 185 pixels (50 mm), and page 2 keeps room
        return grafieken.staafKort("per 10.000 inwoners", categorieen, List.of(
                        new Grafieken.Reeks(m.naam() + ": opgave", opgave),
                        new Grafieken.Reeks(m.naam() + ": gerealiseerd", realisatie),
                        // "Regio", as the table's column says: beside the bars a region's name (Noord- en
                        // Oost-Gelderland) would leave them a third of the width
                        new Grafieken.Reeks("Regio: gerealiseerd, gemiddeld", regio)), 640);
    }
}
