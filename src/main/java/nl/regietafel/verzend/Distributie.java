package nl.regietafel.verzend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.report.index.Documentscan;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.XlsxWerkboek;
import nl.regietafel.run.Run;
import nl.regietafel.store.DistributieRepository;
import nl.regietafel.store.DistributieRepository.Contact;
import nl.regietafel.verzend.Adresboek.Adres;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The distribution list (SPEC §9): per gemeente its contact from its last return, the address
 * its mail goes to, and its files (factsheet PDF and XLSX, next month's uitvraag), as paths
 * relative to the period folder. Written as {@code distributielijst.xlsx} and {@code .csv} at
 * the top of the period folder; the verzend step builds the same list over the published folder.
 */
@Component
public class Distributie {

    /** One gemeente on the list. {@code bestanden} are relative to the period folder, with '/'. */
    public record Regel(String vrCode, String vrNaam, String code, String naam, String contact, String contactPeriode,
                        String email, String adresHerkomst, List<String> bestanden) {

        public String factsheetPdf() {
            return eerste(Documentscan.FACTSHEETS, ".pdf");
        }

        public String factsheetXlsx() {
            return eerste(Documentscan.FACTSHEETS, ".xlsx");
        }

        public String uitvraag() {
            return eerste(Documentscan.UITVRAAG, ".xlsx");
        }

        public String opmerking() {
            List<String> punten = new ArrayList<>();
            if (email == null) punten.add("geen e-mailadres: wordt niet verzonden");
            if (factsheetPdf() == null && factsheetXlsx() == null) punten.add("geen factsheet");
            if (uitvraag() == null) punten.add("geen uitvraag");
            if (contact == null) punten.add("geen contactpersoon bekend");
            return String.join("; ", punten);
        }

        private String eerste(String map, String extensie) {
            return bestanden.stream()
                    .filter(b -> (b.startsWith(map + "/") || b.contains("/" + map + "/")) && b.endsWith(extensie))
                    .findFirst().orElse(null);
        }
    }

    public static final String TITEL = "Distributielijst";
    static final List<String> KOLOMMEN = List.of("Gemeentecode", "Gemeente", "Veiligheidsregio", "Contact (ingevuld door)",
            "Retour van", "E-mail", "Adres uit", "Factsheet PDF", "Factsheet XLSX", "Uitvraag", "Opmerking");

    private final Rapportbron bron;
    private final DistributieRepository store;
    private final Adresboek adresboek;
    private final Opmaak fmt;

    public Distributie(Rapportbron bron, DistributieRepository store, Adresboek adresboek, Opmaak fmt) {
        this.bron = bron;
        this.store = store;
        this.adresboek = adresboek;
        this.fmt = fmt;
    }

    public void schrijfLijst(Run run) {
        Path werk = Uitvoermap.werkmap(run);
        List<Regel> regels = regels(run, werk, vr -> Uitvoermap.pakket(run, vr));
        schrijfXlsx(run, regels, werk.resolve("distributielijst.xlsx"));
        schrijfCsv(regels, werk.resolve("distributielijst.csv"));
        long zonder = regels.stream().filter(r -> r.email() == null).count();
        System.out.println("  distributielijst: " + regels.size() + " gemeenten"
                + (zonder > 0 ? ", " + zonder + " zonder e-mailadres" : ""));
    }

    /**
     * The list over a period folder {@code basis} (the staging folder, or the published one), with
     * {@code pakket} giving each veiligheidsregio's package folder inside it.
     */
    public List<Regel> regels(Run run, Path basis, Function<Gebied, Path> pakket) {
        Map<String, Contact> contacten = store.laatsteContacten(run.periode());
        Map<String, Adres> adressen = adresboek.lees(run.input());
        List<Regel> uit = new ArrayList<>();
        for (Gebied vr : bron.werkgebieden(run)) {
            Gebiedsindeling indeling = bron.lees(run, vr.code(), TITEL).indeling();
            Path map = pakket.apply(vr);
            List<Path> inPakket = Documentscan.gemeentebestanden(map);
            for (Gemeente g : indeling.gemeenten(vr.code())) {
                Contact c = contacten.get(g.code());
                Adres a = adressen.get(g.code());
                List<String> bestanden = Documentscan.vanGemeente(inPakket, g.code()).stream()
                        .map(p -> basis.relativize(map.resolve(p)).toString().replace('\\', '/'))
                        .toList();
                uit.add(new Regel(vr.code(), vr.naam(), g.code(), g.naam(), c == null ? null : c.ingevuldDoor(),
                        c == null ? null : c.periode(), a == null ? null : a.email(), a == null ? null : a.herkomst(),
                        bestanden));
            }
        }
        return uit;
    }

    private void schrijfXlsx(Run run, List<Regel> regels, Path xlsx) {
        try (XlsxWerkboek wb = XlsxWerkboek.tabellen(TITEL + " " + fmt.maand(run.periode()))
                .onderwerp("Factsheet en uitvraag per gemeente").trefwoorden("distributie, factsheet, uitvraag")) {
            Blad b = wb.blad(TITEL).titel(TITEL + " " + fmt.maand(run.periode()))
                    .regel("Elke gemeente ontvangt haar factsheet en de uitvraag voor volgende maand. Paden zijn relatief aan de map van de periode.");
            b.kolommen(KOLOMMEN.stream().map(Kolom::tekst).toArray(Kolom[]::new));
            for (Regel r : regels) {
                b.rij(r.code(), r.naam(), r.vrNaam(), r.contact(), r.contactPeriode(), r.email(), r.adresHerkomst(),
                        r.factsheetPdf(), r.factsheetXlsx(), r.uitvraag(), r.opmerking());
            }
            wb.opslaan(xlsx);
        }
    }

    private static void schrijfCsv(List<Regel> regels, Path csv) {
        // Semicolons and a byte-order mark: Excel with Dutch settings opens it in columns, with ë intact.
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try {
            Files.createDirectories(csv.getParent());
            Path tijdelijk = csv.resolveSibling("." + csv.getFileName() + ".tmp");
            try (Writer uit = Files.newBufferedWriter(tijdelijk, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(uit, formaat)) {
                uit.write('\uFEFF');
                p.printRecord(KOLOMMEN);
                for (Regel r : regels) {
                    p.printRecord(tekst(r.code()), tekst(r.naam()), tekst(r.vrNaam()), tekst(r.contact()),
                            tekst(r.contactPeriode()), tekst(r.email()), tekst(r.adresHerkomst()),
                            tekst(r.factsheetPdf()), tekst(r.factsheetXlsx()), tekst(r.uitvraag()), tekst(r.opmerking()));
                }
            }
            Files.move(tijdelijk, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("distributielijst.csv kon niet worden geschreven: " + e.getMessage(), e);
        }
    }

    /** Text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) gets a leading quote. */
    static String tekst(String s) {
        if (s == null) return "";
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
