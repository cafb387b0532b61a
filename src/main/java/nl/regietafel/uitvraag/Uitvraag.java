package nl.regietafel.uitvraag;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.domain.regio.Verdelingen;
import nl.regietafel.domain.regio.Werkgebieden;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.Werkverdeling;
import nl.regietafel.report.factsheet.Maandcache;
import nl.regietafel.report.xlsx.XlsxWerkboek;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/**
 * Next month's pre-filled maandretour per gemeente (SPEC §6):
 * {@code uitvraag/<GMcode>-<naam>-<jjjj-mm>.xlsx}, from this month's return and the stored
 * taakstelling. In the rapportage job into the staging package; on its own ({@code --job=uitvraag})
 * straight into the published folder, file by file atomically, leaving the rest of the package.
 */
@Component
public class Uitvraag {

    public static final String MAP = "uitvraag";

    private final Rapportbron bron;
    private final Maandcache maanden;
    private final Werkverdeling werk;

    public Uitvraag(Rapportbron bron, Maandcache maanden, Werkverdeling werk) {
        this.bron = bron;
        this.maanden = maanden;
        this.werk = werk;
    }

    /** {@code GM1735-hof-van-twente-2023-01.xlsx}. */
    public static String bestandsnaam(Gemeente g, YearMonth volgende) {
        return g.code() + "-" + g.bestandsnaam() + "-" + volgende + ".xlsx";
    }

    /** Into the run's staging package (rapportage job). */
    public void render(Run run) {
        // Regions on the run's rendering threads; their console lines in region order.
        werk.verzamel(bron.werkgebieden(run), vr -> schrijf(run, vr, Uitvoermap.pakket(run, vr).resolve(MAP)))
                .forEach(System.out::println);
    }

    /** Into {@code output/<periode>/uitvraag/} (per veiligheidsregio folder for a provincie or NL). */
    public void renderGepubliceerd(Run run) {
        for (Gebied vr : bron.werkgebieden(run)) {
            // With areas side by side, this area's package is a subfolder of the period folder.
            Path pakket = nl.regietafel.report.index.Periodeindex.pakketVan(Uitvoermap.gepubliceerd(run), run.regio());
            if (Werkgebieden.meerdere(run.regio())) pakket = pakket.resolve(Uitvoermap.mapnaam(vr));
            System.out.println(schrijf(run, vr, pakket.resolve(MAP)));
        }
    }

    /** The forms of one region; returns the console line saying so. */
    private String schrijf(Run run, Gebied vr, Path map) {
        Maandcache.Maand maand = maanden.maand(run, vr.code());
        YearMonth volgende = run.periode().plusMonths(1);
        int n = 0;
        for (Gemeente g : maand.gegevens().indeling().gemeenten(vr.code())) {
            schrijf(maand, g, volgende, map.resolve(bestandsnaam(g, volgende)));
            n++;
        }
        return "  uitvraag: " + n + " formulieren voor " + volgende + " (" + vr.naam() + ")";
    }

    /** One gemeente's form, written atomically to {@code xlsx}. */
    public void schrijf(Maandcache.Maand maand, Gemeente g, YearMonth volgende, Path xlsx) {
        try (XlsxWerkboek wb = new XlsxWerkboek("Maandretour " + g.naam() + " " + volgende).auteur(maand.beeld().kop().regietafel())
                .onderwerp("Maandretour " + maand.beeld().kop().regioNaam() + ": " + g.naam() + " (" + g.code() + ") over "
                        + volgende)
                .trefwoorden("maandretour, uitvraag, " + g.code() + ", " + volgende)) {
            UitvraagFormulier.vul(wb.poi(), inhoud(maand, g, volgende));
            wb.opslaan(xlsx);
        }
    }

    /** What next month's form of {@code g} holds. */
    public UitvraagFormulier.Inhoud inhoud(Maandcache.Maand maand, Gemeente g, YearMonth volgende) {
        Optional<Maandretour> retour = maand.gegevens().retouren().stream()
                .filter(r -> r.gemeenteCode().equals(g.code())).findFirst();
        Verdelingen verdelingen = new Verdelingen(maand.gegevens().regels(), maand.gegevens().kop().regioCode(), "");
        return Formulierinhoud.van(retour, g, maand.gegevens().indeling(), maand.gegevens().kop().regioCode(),
                (halfjaar, gemeente) -> taakstelling(verdelingen, halfjaar, gemeente), maand.beeld().kop().periode(),
                maand.gegevens().regiotafel());
    }

    /** The taakstelling of a half year as stored: the circulaire's figure, else its share by inwoners. */
    static Optional<Long> taakstelling(Verdelingen verdelingen, Peildatum halfjaar, String gemeente) {
        return verdelingen.gemeente(Opgave.STATUSHOUDERS, halfjaar, gemeente).map(VerdelingRegel::geldend);
    }
}
