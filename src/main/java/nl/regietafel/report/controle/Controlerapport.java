package nl.regietafel.report.controle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.Uitkomst;
import nl.regietafel.ingest.regio.Regiologo;
import nl.regietafel.report.Documentkop;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.PdfEigenschappen;
import nl.regietafel.report.PdfRenderer;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.report.controle.ControlerapportModel.Regiocontroles;
import nl.regietafel.run.Run;
import nl.regietafel.store.ControleRepository;
import nl.regietafel.store.ControleRepository.Meldingregel;

import org.springframework.stereotype.Component;

/**
 * {@code controlerapport.pdf} and {@code .xlsx} at the top of the period folder (SPEC §6, §7):
 * every rejection and warning of the run's import, every check of every veiligheidsregio, and
 * the audit trail of the period's files.
 *
 * <p>Which messages: those recorded by the import of this run; for a run without an import
 * ({@code --job=rapportage}) those of the latest completed import of the period. Plus the
 * warnings recorded earlier for files that still count, see {@link ControleRepository#meldingen}.
 */
@Component
public class Controlerapport {

    public static final String TITEL = "Controlerapport";

    private final Rapportbron bron;
    private final ControleRepository store;
    private final Sjablonen sjablonen;
    private final PdfRenderer pdf;
    private final Opmaak fmt;

    /** The import the run's documents show, looked up once per run: the controlerapport and the index both show it. */
    private record Importkeuze(String runId, String importRun) {
    }

    private volatile Importkeuze importkeuze;

    public Controlerapport(Rapportbron bron, ControleRepository store, Sjablonen sjablonen, PdfRenderer pdf, Opmaak fmt) {
        this.bron = bron;
        this.store = store;
        this.sjablonen = sjablonen;
        this.pdf = pdf;
        this.fmt = fmt;
    }

    public void render(Run run) {
        ControlerapportModel m = model(run);
        Path map = Uitvoermap.werkmap(run);
        String xhtml = sjablonen.render("controle/controlerapport.ftlx", Map.of(
                "m", m,
                "kop", m.kop(),
                "gegenereerd", fmt.tijdstip(m.kop().gegenereerd()),
                "vingerafdruk", m.kop().korteVingerafdruk()));
        pdf.render(xhtml, map.resolve("controlerapport.pdf"), PdfEigenschappen.van(TITEL,
                m.samenvatting() + " — " + m.kop().regioNaam() + ", " + fmt.maand(m.kop().periode())
                        + " — vingerafdruk " + m.kop().vingerafdruk()).metTrefwoorden("controles, afgewezen, audit").metAuteur(m.kop().regietafel()));
        ControlerapportXlsx.schrijf(m, fmt, map.resolve("controlerapport.xlsx"));
        System.out.println("  controlerapport: " + m.samenvatting().toLowerCase());
        List<String> zonder = m.zonderRetour();
        if (!zonder.isEmpty()) {
            // One line, also in a national run: the first ten by name, the rest counted (all are in the report).
            String namen = String.join(", ", zonder.subList(0, Math.min(10, zonder.size())))
                    + (zonder.size() > 10 ? " en " + (zonder.size() - 10) + " andere (zie het controlerapport)" : "");
            System.out.println("  waarschuwing: geen maandretour van " + zonder.size()
                    + (zonder.size() == 1 ? " gemeente: " : " gemeenten: ") + namen);
        }
    }

    public ControlerapportModel model(Run run) {
        List<Regiocontroles> controles = new ArrayList<>();
        Documentkop kop = null;
        // A national document's checks come out of every region alike: listed once, with the first region.
        Set<Controle> gezien = new HashSet<>();
        List<Gemeente> zonderRetour = new ArrayList<>();
        List<Regiologo.Gelezen> onbruikbareLogos = new ArrayList<>();
        for (Gebied vr : bron.werkgebieden(run)) {
            Maandgegevens g = bron.lees(run, vr.code(), TITEL);
            bron.logo(run, g.regiotafel()).filter(l -> !l.bruikbaar()).ifPresent(onbruikbareLogos::add);
            Set<String> met = new HashSet<>();
            g.retouren().forEach(r -> met.add(r.gemeenteCode()));
            g.indeling().gemeenten(vr.code()).stream().filter(x -> !met.contains(x.code())).forEach(zonderRetour::add);
            List<Controle> eigen = g.controles().stream().filter(gezien::add).toList();
            controles.add(new Regiocontroles(vr.code(), vr.naam(), afwijkingenEerst(eigen)));
            if (kop == null) {
                String naam = g.indeling().gebied(run.regio()).map(Gebied::naam).orElse(run.regio());
                // One region: its regietafel; a provincie or NL run: the neutral name of the area.
                String regietafel = run.regio().equals(vr.code()) ? g.kop().regietafel() : null;
                kop = new Documentkop(TITEL, run.regio(), naam, run.periode(), g.kop().gegenereerd(), g.kop().vingerafdruk(),
                        regietafel, regietafel == null ? null : g.kop().logo());
            }
        }
        Objects.requireNonNull(kop, "Geen veiligheidsregio in " + run.regio());
        String importRun = importRun(run);
        List<Meldingregel> meldingen = store.meldingen(run.periode().toString(), importRun);
        List<Meldingregel> waarschuwingen = new ArrayList<>(meldingen.stream().filter(r -> !"FOUT".equals(r.ernst())).toList());
        // A gemeente without a return is no file, but the kernteam must see it: its realisatie counts as 0.
        String map = "retouren/" + run.periode() + "/";
        zonderRetour.forEach(x -> waarschuwingen.add(new Meldingregel(map, null, null, null,
                "geen maandretour van " + x.naam() + " (" + x.code() + ") ontvangen; de realisatie van " + x.naam()
                        + " telt deze maand als 0", "WAARSCHUWING", null, importRun)));
        // A bad logo costs the logo, not the run: the documents are made without it, and the kernteam reads why.
        onbruikbareLogos.forEach(l -> waarschuwingen.add(new Meldingregel("regio/" + l.bestand(), null, null, "logo",
                "logo '" + l.bestand() + "' niet gebruikt: " + l.reden() + "; de documenten zijn zonder logo gemaakt",
                "WAARSCHUWING", null, importRun)));
        return new ControlerapportModel(kop, importRun,
                meldingen.stream().filter(r -> "FOUT".equals(r.ernst())).toList(),
                waarschuwingen, controles, store.audit(run.periode().toString()), zonderRetour.stream().map(Gemeente::naam).toList());
    }

    /** By severity (Afwijking, Afronding, Ter informatie, In orde); stable within each. */
    static List<Controle> afwijkingenEerst(List<Controle> controles) {
        return controles.stream().sorted(Uitkomst.ERNST).toList();
    }

    /**
     * The run id whose import the report shows: this run's when it imported (the maand job passes
     * its parameters to the import job), else the latest completed import of the same period.
     */
    String importRun(Run run) {
        Importkeuze k = importkeuze;
        if (k == null || !k.runId().equals(run.runId())) {
            k = new Importkeuze(run.runId(), store.laatsteImport(run.periode().toString()).orElse(run.runId()));
            importkeuze = k;
        }
        return k.importRun();
    }
}
