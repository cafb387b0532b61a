package nl.regietafel.report.controle;

import java.nio.file.Path;
import java.util.List;

import nl.regietafel.report.Opmaak;
import nl.regietafel.report.controle.ControlerapportModel.Regiocontroles;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.XlsxWerkboek;
import nl.regietafel.store.ControleRepository.Auditregel;
import nl.regietafel.store.ControleRepository.Meldingregel;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The controlerapport as a workbook: sheets Afgewezen, Waarschuwingen, Controles, Audit. Every
 * text that came from input (file names, messages, "Ingevuld door") goes through {@link Blad},
 * which writes text cells only: a file called {@code =HYPERLINK(…).xlsx} stays text.
 */
final class ControlerapportXlsx {

    private ControlerapportXlsx() {
    }

    static void schrijf(ControlerapportModel m, Opmaak fmt, Path xlsx) {
        String ondertitel = m.kop().regioNaam() + " · " + fmt.maand(m.kop().periode()) + " · vingerafdruk "
                + m.kop().vingerafdruk();
        try (XlsxWerkboek wb = new XlsxWerkboek(Controlerapport.TITEL).auteur(m.kop().regietafel())
                .onderwerp(m.samenvatting() + " · " + ondertitel)
                .trefwoorden("controlerapport, afgewezen, waarschuwingen, controles, audit")) {
            meldingen(wb.blad("Afgewezen"), "Afgewezen bestanden en rijen", m.afgewezen(), ondertitel, m.samenvatting());
            meldingen(wb.blad("Waarschuwingen"), "Waarschuwingen (bestand wel aanvaard)", m.waarschuwingen(), ondertitel, null);
            controles(wb.blad("Controles"), m.controles(), ondertitel);
            audit(wb, wb.blad("Audit"), m.audit(), ondertitel);
            wb.opslaan(xlsx);
        }
    }

    private static void meldingen(Blad b, String titel, List<Meldingregel> regels, String ondertitel, String samenvatting) {
        b.titel(titel).regel(ondertitel);
        if (samenvatting != null) {
            b.regel(samenvatting);
        }
        b.kolommen(Kolom.tekst("Bestand"), Kolom.tekst("Blad"), Kolom.geheel("Rij"), Kolom.tekst("Kolom"),
                Kolom.tekst("Melding"), Kolom.tekst("Ernst"), Kolom.tekst("Quarantaine"), Kolom.tekst("Ingelezen in run"));
        for (Meldingregel r : regels) {
            b.rij(r.bestand(), r.blad(), r.rij(), r.kolom(), r.tekst(), ControlerapportModel.ernst(r.ernst()),
                    r.quarantaine(), r.runId());
        }
        if (regels.isEmpty()) {
            b.regel("Geen.");
        }
    }

    private static void controles(Blad b, List<Regiocontroles> regios, String ondertitel) {
        b.titel("Controles").regel(ondertitel);
        b.kolommen(Kolom.tekst("Code"), Kolom.tekst("Controle"), Kolom.tekst("Invoer"), Kolom.tekst("Verwacht"),
                Kolom.tekst("Gevonden"), Kolom.tekst("Uitkomst"), Kolom.tekst("Veiligheidsregio"));
        for (Regiocontroles r : regios) {
            r.controles().forEach(c -> b.rij(c.code(), c.omschrijving(), c.invoer(), c.verwacht(), c.gevonden(),
                    c.uitkomst().label(), r.code() + " " + r.naam()));
        }
    }

    private static void audit(XlsxWerkboek wb, Blad b, List<Auditregel> regels, String ondertitel) {
        b.titel("Audit: alle ingelezen bestanden").regel(ondertitel);
        b.kolommen(Kolom.tekst("Pad"), Kolom.tekst("Soort"), Kolom.tekst("Gemeente"), Kolom.tekst("Status"),
                Kolom.datum("Ingelezen op"), Kolom.tekst("Ingevuld door"), Kolom.geheel("Grootte (bytes)"),
                Kolom.tekst("SHA-256"), Kolom.tekst("Run"));
        for (Auditregel a : regels) {
            b.rij(a.pad(), ControlerapportModel.soort(a.soort()), a.gemeenteCode(), a.status(), a.ingelezenOp(),
                    a.ingevuldDoor(), a.grootte(), a.sha256(), a.runId());
        }
        // Date and time, not just the date: two reads on one day must be told apart.
        XSSFCellStyle tijd = wb.poi().createCellStyle();
        tijd.setDataFormat(wb.poi().createDataFormat().getFormat("d-m-yyyy hh:mm:ss"));
        tijd.setAlignment(HorizontalAlignment.LEFT);
        for (int r = b.kopRij() + 1; r <= b.laatsteDataRij(); r++) {
            b.poi().getRow(r).getCell(4).setCellStyle(tijd);
        }
    }
}
