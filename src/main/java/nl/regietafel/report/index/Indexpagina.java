package nl.regietafel.report.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.regio.Werkgebieden;
import nl.regietafel.report.Documentkop;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.Werkverdeling;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.controle.Controlerapport;
import nl.regietafel.report.controle.ControlerapportModel;
import nl.regietafel.report.index.IndexModel.Document;
import nl.regietafel.report.index.IndexModel.Gemeente;
import nl.regietafel.report.index.IndexModel.Regio;
import nl.regietafel.report.kaart.Kaarten;
import nl.regietafel.report.kaart.Regioblik;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/**
 * {@code index.html} at the top of the period folder (SPEC §6): the key figures per
 * veiligheidsregio and a link to every document in the package, found by looking in the staging
 * folder when this step runs. One self-contained page: inline CSS, relative links, no script, so
 * it opens from the file system, a network share or a USB stick.
 */
@Component
public class Indexpagina {

    public static final String TITEL = "Overzicht van de maand";

    /** The run's own documents, at the top of the period folder. */
    private static final Set<String> RUNDOCUMENTEN = Set.of("controlerapport", "distributielijst");

    private final Rapportbron bron;
    private final Controlerapport controlerapport;
    private final Sjablonen sjablonen;
    private final Opmaak fmt;
    private final Kaarten kaarten;
    private final nl.regietafel.report.verloop.Verloopbron verloop;
    private final Werkverdeling werk;

    public Indexpagina(Rapportbron bron, Controlerapport controlerapport, Sjablonen sjablonen, Opmaak fmt, Kaarten kaarten,
                       nl.regietafel.report.verloop.Verloopbron verloop, Werkverdeling werk) {
        this.verloop = verloop;
        this.werk = werk;
        this.kaarten = kaarten;
        this.bron = bron;
        this.controlerapport = controlerapport;
        this.sjablonen = sjablonen;
        this.fmt = fmt;
    }

    public void render(Run run) {
        IndexModel m = model(run);
        String html = sjablonen.render("index/index.ftlh", Map.of(
                "m", m,
                "kop", m.kop(),
                "gegenereerd", fmt.tijdstip(m.kop().gegenereerd()),
                "dashboards", dashboards(m),
                "overzichtskaart", overzichtskaart(m),
                "verlopen", verlopen(run, m)));
        schrijf(Uitvoermap.werkmap(run).resolve("index.html"), html);
        System.out.println("  index: index.html met " + m.regios().size() + " veiligheidsregio('s)");
    }

    /** Per veiligheidsregio code its maps, matrix and deviating checks. */
    Map<String, Dashboard> dashboards(IndexModel m) {
        Map<String, Dashboard> uit = new java.util.LinkedHashMap<>();
        // Each region's maps drawn on the run's rendering threads, kept in region order.
        List<Dashboard> getekend = werk.verzamel(m.regios(), r -> {
            Maandbeeld b = r.beeld();
            Regioblik blik = kaarten.blik(b);
            return new Dashboard(
                    blik.kaarten().stream().map(k -> new Dashboard.Kaart(k.titel(), kaarten.svg(k))).toList(),
                    blik.matrix(),
                    b.controles().stream().filter(c -> c.uitkomst() == nl.regietafel.domain.controle.Uitkomst.AFWIJKING).toList(),
                    blik.tijdlijnen().stream().map(t -> new Dashboard.Kaart(t.titel(),
                            nl.regietafel.report.tijdlijn.TijdlijnSvg.svg(t, fmt))).toList());
        });
        for (int i = 0; i < getekend.size(); i++) uit.put(m.regios().get(i).beeld().kop().regioCode(), getekend.get(i));
        return uit;
    }

    /** Per veiligheidsregio code its development over time as inline SVG charts. */
    Map<String, List<nl.regietafel.report.verloop.VerloopSvg.Figuur>> verlopen(Run run, IndexModel m) {
        Map<String, List<nl.regietafel.report.verloop.VerloopSvg.Figuur>> uit = new java.util.LinkedHashMap<>();
        for (Regio r : m.regios()) {
            uit.put(r.beeld().kop().regioCode(), nl.regietafel.report.verloop.VerloopSvg.figuren(verloop.model(run, r.beeld(), fmt), fmt));
        }
        return uit;
    }

    /** With more than one region: all of them on one map (a national run: the whole country); else empty. */
    String overzichtskaart(IndexModel m) {
        if (m.regios().size() < 2) return "";
        Map<String, String> vrs = new java.util.LinkedHashMap<>();
        m.regios().forEach(r -> vrs.put(r.beeld().kop().regioCode(), r.beeld().kop().regioNaam()));
        return kaarten.svg(kaarten.beelden().provincie(m.kop().regioNaam(), vrs, m.regios().stream().map(Regio::beeld).toList()));
    }

    public IndexModel model(Run run) {
        Path werk = Uitvoermap.werkmap(run);
        List<Path> alle = Documentscan.bestanden(werk);
        ControlerapportModel controle = controlerapport.model(run);
        boolean meerdere = Werkgebieden.meerdere(run.regio());

        List<Regio> regios = new ArrayList<>();
        List<Path> inPakketten = new ArrayList<>();
        for (Gebied vr : bron.werkgebieden(run)) {
            Maandbeeld beeld = bron.maandbeeld(run, vr.code(), TITEL);
            Path pakket = Uitvoermap.pakket(run, vr);
            Path pakketRel = werk.relativize(pakket);
            List<Path> inPakket = alle.stream()
                    .filter(p -> pakketRel.toString().isEmpty() || p.startsWith(pakketRel))
                    .map(p -> pakketRel.toString().isEmpty() ? p : pakketRel.relativize(p))
                    .filter(p -> !(p.getNameCount() == 1 && RUNDOCUMENTEN.contains(basisnaam(p))))
                    .toList();
            inPakket.forEach(p -> inPakketten.add(pakketRel.resolve(p)));
            List<Path> vanGemeenten = new ArrayList<>();
            List<Gemeente> gemeenten = new ArrayList<>();
            for (Gemeentebeeld g : beeld.gemeenten()) {
                List<Path> eigen = Documentscan.vanGemeente(inPakket, g.code());
                vanGemeenten.addAll(eigen);
                gemeenten.add(new Gemeente(g, Documentscan.documenten(werk, pakket, eigen)));
            }
            List<Path> regiodocs = inPakket.stream().filter(p -> !vanGemeenten.contains(p)).toList();
            long afgewezen = meerdere ? afgewezenIn(controle, beeld) : controle.afgewezenBestanden();
            regios.add(new Regio(beeld, pakketRel.toString().replace('\\', '/'),
                    Documentscan.documenten(werk, pakket, regiodocs), gemeenten, afgewezen));
        }
        List<Path> overig = alle.stream().filter(p -> !inPakketten.contains(p)).toList();
        Documentkop k = controle.kop();
        Documentkop kop = k.metTitel(TITEL);
        List<Document> algemeen = Documentscan.documenten(werk, werk, overig);
        return new IndexModel(kop, controle.samenvatting(), controle.afgewezenBestanden(), controle.waarschuwingen().size(),
                controle.afwijkingen(), algemeen, regios);
    }

    /** Rejected files whose name starts with the code of one of the region's gemeenten. */
    private static long afgewezenIn(ControlerapportModel controle, Maandbeeld beeld) {
        return controle.afgewezen().stream()
                .map(r -> r.bestand().substring(r.bestand().lastIndexOf('/') + 1))
                .distinct()
                .filter(naam -> beeld.gemeenten().stream().anyMatch(g -> naam.startsWith(g.code())))
                .count();
    }

    private static String basisnaam(Path p) {
        String naam = p.getFileName().toString();
        int punt = naam.lastIndexOf('.');
        return punt < 0 ? naam : naam.substring(0, punt);
    }

    private static void schrijf(Path doel, String inhoud) {
        try {
            Files.createDirectories(doel.getParent());
            Path tijdelijk = doel.resolveSibling("." + doel.getFileName() + ".tmp");
            Files.writeString(tijdelijk, inhoud, StandardCharsets.UTF_8);
            Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("index.html kon niet worden geschreven naar " + doel + ": " + e.getMessage(), e);
        }
    }
}
