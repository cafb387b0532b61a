package nl.regietafel.report.procesplan;

import java.nio.file.Path;
import java.util.Map;

import nl.regietafel.berekening.RegietafelInstellingen;
import nl.regietafel.domain.Gebied;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.PdfEigenschappen;
import nl.regietafel.report.PdfRenderer;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.Werkverdeling;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/** Renders {@code procesplan/procesplan-tabellen.pdf} and {@code .xlsx} from one view model. */
@Component
public class ProcesplanTabellen {


    private final Rapportbron bron;
    private final Sjablonen sjablonen;
    private final PdfRenderer pdf;
    private final Opmaak fmt;
    private final RegietafelInstellingen instellingen;
    private final Werkverdeling werk;

    public ProcesplanTabellen(Rapportbron bron, Sjablonen sjablonen, PdfRenderer pdf, Opmaak fmt,
                              RegietafelInstellingen instellingen, Werkverdeling werk) {
        this.werk = werk;
        this.bron = bron;
        this.instellingen = instellingen;
        this.sjablonen = sjablonen;
        this.pdf = pdf;
        this.fmt = fmt;
    }

    public void render(Run run) {
        // Regions are independent: both cores render (renderer and templates are thread-safe).
        werk.elk(bron.werkgebieden(run), vr -> render(run, vr));
        System.out.println("  procesplan: procesplan-tabellen.pdf en .xlsx");
    }

    private void render(Run run, Gebied vr) {
        ProcesplanTabellenModel model = model(run, vr.code());
        Path map = Uitvoermap.pakket(run, vr).resolve("procesplan");
        String xhtml = sjablonen.render("procesplan/procesplan-tabellen.ftlx", Map.of(
                "m", model,
                "kop", model.kop(),
                "gegenereerd", fmt.tijdstip(model.kop().gegenereerd()),
                "vingerafdruk", model.kop().korteVingerafdruk()));
        pdf.render(xhtml, map.resolve("procesplan-tabellen.pdf"), PdfEigenschappen.van(model.kop().titel(),
                "Tabel 2.1, Tabel 2.2, Bijlage 3 en Bijlage 4 — " + model.kop().regioNaam() + ", "
                        + fmt.maand(model.kop().periode()) + " — vingerafdruk " + model.kop().vingerafdruk())
                .metAuteur(model.kop().regietafel()));
        ProcesplanXlsx.schrijf(model, fmt, map.resolve("procesplan-tabellen.xlsx"));
    }

    public ProcesplanTabellenModel model(Run run, String regio) {
        // The title names the region's own plan (region settings), else the regietafel.
        Maandgegevens m = bron.lees(run, regio, "");
        m = bron.lees(run, regio, m.regiotafel().procesplanTitel());
        return new ProcesplanModelBouwer(new ProcesplanModelBouwer.Invoer(m.kop(), m.indeling(), m.populatie(),
                m.regels(), m.bronnen(), m.cijfers(), m.retouren(), m.controles(), Tabel22Indeling.procesplan(),
                bron.landelijkePopulatie().orElse(null), instellingen.telregels())).bouw();
    }
}
