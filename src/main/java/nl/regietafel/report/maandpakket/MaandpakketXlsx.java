package nl.regietafel.report.maandpakket;

import java.nio.file.Path;
import java.util.List;

import nl.regietafel.report.Opmaak;
import nl.regietafel.report.Peilkolommen;
import nl.regietafel.report.kaart.Regioblik;
import nl.regietafel.report.kaart.StoplichtBlad;
import nl.regietafel.report.maandpakket.MaandpakketModel.*;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.XlsxWerkboek;

/**
 * The maandpakket as a workbook, one sheet per table of the PDF, from the same model. Figures
 * are numbers, totals live SUM formulas (with the region's own figure beneath where it is one of
 * record), native bar charts where the PDF has a chart.
 */
public final class MaandpakketXlsx {

    private MaandpakketXlsx() {
    }

    static void schrijf(MaandpakketModel m, Regioblik blik, nl.regietafel.report.verloop.VerloopModel verloop, Opmaak fmt, Path xlsx) {
        String ondertitel = "Veiligheidsregio " + m.kop().regioNaam() + " · " + m.periode() + " · vingerafdruk " + m.kop().vingerafdruk();
        try (XlsxWerkboek wb = new XlsxWerkboek(Maandpakket.TITEL + " — " + m.kop().regioNaam() + ", " + m.periode())
                .auteur(m.kop().regietafel()).onderwerp(ondertitel).trefwoorden("maandpakket, asiel, statushouders, Oekraïne, CNO, " + m.kop().regioNaam())) {
            kerncijfers(wb.blad("Kerncijfers"), m, ondertitel);
            overzicht(wb.blad("Overzicht"), m, ondertitel);
            if (!m.peilregels().isEmpty()) peilregels(wb.blad("Vervalt en zonder datum"), m.peilregels(), ondertitel);
            balans(wb.blad("Onder de streep"), m, ondertitel);
            if (!m.gemeenteBalansen().isEmpty()) gemeenteBalansen(wb.blad("Onder de streep gemeenten"), m, ondertitel);
            gemeenten(wb.blad("Gemeenten"), m, ondertitel);
            if (blik != null) {
                StoplichtBlad.schrijf(wb.blad("Stoplichten"), blik.matrix(), ondertitel);
                for (int i = 0; i < blik.tijdlijnen().size(); i++) {
                    nl.regietafel.report.tijdlijn.TijdlijnBlad.schrijf(wb.blad("Tijdlijn " + (i + 1)), blik.tijdlijnen().get(i), ondertitel);
                }
            }
            if (m.statushouders() != null) statushouders(wb.blad("Statushouders"), m, ondertitel);
            cno(wb.blad("CNO"), m, ondertitel);
            knelpunten(wb.blad("Knelpunten"), m, ondertitel);
            mijlpalen(wb.blad("Mijlpalen"), m, ondertitel);
            if (verloop != null) nl.regietafel.report.verloop.VerloopBlad.schrijf(wb, verloop, ondertitel);
            afdruk(wb);
            wb.opslaan(xlsx);
        }
    }

    /**
     * Wide tables print landscape; the print area is the table and its notes, so a chart beside
     * the table (on screen) does not shrink the printed table to unreadable size.
     */
    public static void afdruk(XlsxWerkboek wb) {
        var poi = wb.poi();
        for (int i = 0; i < poi.getNumberOfSheets(); i++) {
            var blad = poi.getSheetAt(i);
            int kolommen = 0;
            for (var rij : blad) {
                if (rij.getRowNum() > 2 && rij.getLastCellNum() > kolommen) kolommen = rij.getLastCellNum();
            }
            if (kolommen > 5) blad.getPrintSetup().setLandscape(true);
            if (blad.getDrawingPatriarch() != null && kolommen > 0) {
                poi.setPrintArea(i, 0, kolommen - 1, 0, Math.max(0, blad.getLastRowNum()));
            }
        }
    }

    private static void kerncijfers(Blad b, MaandpakketModel m, String ondertitel) {
        b.titel("Kerncijfers " + m.kop().regioNaam() + ", " + m.periode()).regel(ondertitel);
        b.kolommen(Kolom.tekst("Kerncijfer"), Kolom.geheel("Waarde"), Kolom.tekst("Toelichting"));
        m.kerncijfers().forEach(k -> b.rij(k.label(), k.getal(), k.toelichting()));
    }

    private static void overzicht(Blad b, MaandpakketModel m, String ondertitel) {
        b.titel("Regionaal overzicht per opgave en peildatum").regel(ondertitel);
        b.kolommen(Kolom.tekst("Opgave"), Kolom.datum("Peildatum"), Kolom.tekst("Prognose"), Kolom.geheel("Opgave (aantal)"),
                Kolom.tekst("Vastgesteld"), Kolom.geheel("In gebruik"), Kolom.geheel("Vervalt vóór peildatum"),
                Kolom.geheel("Beschikbaar op peildatum"), Kolom.geheel("Gap"), Kolom.geheel("Pijplijn besloten"),
                Kolom.geheel("Pijplijn idee"), Kolom.geheel("Gap na pijplijn"), Kolom.geheel("Trend beschikbaar"), Kolom.tekst("Trend"),
                Kolom.tekst("Eenheid"), Kolom.geheel("Bron (noot)"));
        for (Overzichtregel r : m.overzicht()) {
            b.rij(r.opgave(), Blad.datumOfTekst(r.peildag(), r.peildatum()), r.scenario(), r.opgaveAantal(),
                    r.vastgesteld() ? "ja" : "berekend", r.inGebruik(), r.vervalt(), r.realisatie(), r.gap(), r.pijplijn(), r.idee(),
                    r.gapNaPijplijn(), r.trend(), r.trendTekst(), r.eenheid(), r.noot());
        }
        Peilkolommen.UITLEG.forEach(b::regel);
        b.regel("Gap = opgave − beschikbaar op de peildatum (negatief: meer dan gevraagd). CNO-plekken tellen niet mee als reguliere asielopvang.");
        m.gapUitleg().forEach(b::regel);
        b.regel(m.vorigePeriode() == null ? "Trend: geen vorige periode in de gegevens." : "Trend: verschil in beschikbaar op de peildatum t.o.v. " + m.vorigePeriode() + ".");
        for (int i = 0; i < m.bronnen().size(); i++) {
            b.regel("Noot " + (i + 1) + ": " + m.bronnen().get(i));
        }
    }

    /** Places that end before a peildatum, with their end date as a date cell, and plans without a date. */
    public static void peilregels(Blad b, java.util.List<Peilregel> regels, String ondertitel) {
        b.titel("Plekken die vóór een peildatum vervallen en plannen zonder datum").regel(ondertitel);
        b.kolommen(Kolom.tekst("Wat"), Kolom.tekst("Opgave"), Kolom.datum("Peildatum"), Kolom.tekst("Locatie"),
                Kolom.geheel("Plekken"), Kolom.datum("Beschikbaar tot"), Kolom.tekst("Toelichting"));
        regels.forEach(r -> b.rij(r.soort(), r.opgave(), Blad.datumOfTekst(r.peildag(), r.peildatum()), r.naam(), r.plekken(), r.datum(), r.datumTekst()));
        b.regel("Een plek telt op een peildatum alleen als ze op die datum nog beschikbaar is; een plan zonder Open vanaf verkleint geen gap.");
    }

    private static void balans(Blad b, MaandpakketModel m, String ondertitel) {
        b.titel("Onder de streep: de regio").regel(ondertitel);
        b.kolommen(Kolom.tekst("Opgave"), Kolom.tekst("Peildatum"), Kolom.geheel("Opgave (aantal)"), Kolom.geheel("Gerealiseerd"),
                Kolom.geheel("Saldo"), Kolom.geheel("Ontvangen via uitwisseling"), Kolom.geheel("Ingezet voor andere opgave"),
                Kolom.geheel("Saldo na uitwisseling"), Kolom.tekst("Gehaald"));
        for (Balansregel r : m.balans()) {
            b.rij(r.opgave(), r.peildatum(), r.opgaveAantal(), r.realisatie(), r.saldo(), r.ontvangen(), r.ingezet(),
                    r.saldoNaUitwisseling(), r.gehaald() ? "ja" : "nee");
        }
        b.staafgrafiek("Opgave en gerealiseerd, " + m.kop().regioNaam(), 0, 2, 3);
        b.regel(m.balansConclusie());
        b.regel("Uitwisseling: 1 plek asiel tegen 1 plek Oekraïne, geen andere uitwisseling (SPEC §5.5). Een gemeente wisselt"
                + " binnen haar eigen opgaven uit; de regio is de som van haar gemeenten (tabel 3 van het maandpakket).");
    }

    /** Tabel 3 of the PDF: per gemeente its saldo before and after exchange; the region's row on the sheet before is their sum. */
    private static void gemeenteBalansen(Blad b, MaandpakketModel m, String ondertitel) {
        b.titel("Onder de streep: de gemeenten").regel(ondertitel);
        List<Kolom> kolommen = new java.util.ArrayList<>(List.of(Kolom.tekst("Gemeente")));
        for (Balansregel r : m.balans()) {
            kolommen.add(Kolom.geheel(r.kort() + " saldo"));
            kolommen.add(Kolom.geheel(r.kort() + " na uitwisseling"));
        }
        kolommen.add(Kolom.tekst("Onder de streep"));
        b.kolommen(kolommen.toArray(Kolom[]::new));
        for (GemeenteBalans g : m.gemeenteBalansen()) {
            List<Object> rij = new java.util.ArrayList<Object>(List.of(g.naam()));
            for (int i = 0; i < g.saldo().size(); i++) {
                rij.add(g.saldo().get(i));
                rij.add(g.naUitwisseling().get(i));
            }
            rij.add(g.onderDeStreep() ? "ja" : "nee");
            b.rij(rij.toArray());
        }
        b.totaal("Totaal " + m.kop().regioNaam()); // equals the region's row on sheet Onder de streep
        b.regel("Saldo = gerealiseerd − opgave, peildata als op blad Onder de streep. Per opgave tellen de gemeenten op tot de regio.");
    }

    private static void gemeenten(Blad b, MaandpakketModel m, String ondertitel) {
        Gemeentekoppen k = m.koppen();
        b.titel("Opgaven en realisatie per gemeente").regel(ondertitel);
        b.kolommen(Kolom.tekst("Gemeente"), Kolom.tekst("Code"), Kolom.geheel("Inwoners"),
                Kolom.geheel("Asiel " + k.asielEerste()), Kolom.geheel("Asiel " + k.asielTweede()),
                Kolom.geheel("Asiel gerealiseerd"), Kolom.geheel("Asiel gap " + k.asielEerste()),
                Kolom.geheel("Asiel gap " + k.asielTweede()), Kolom.geheel("Asiel gepland"),
                Kolom.geheel("Sh. taak " + k.statushouders()),
                Kolom.geheel("Sh. gecorr. " + k.halfjaarVoortgang()),
                Kolom.geheel("Sh. gehuisv. " + k.halfjaarVoortgang()),
                Kolom.geheel("Oekraïne " + k.oekraine()), Kolom.geheel("Oekraïne gerealiseerd"),
                Kolom.tekst("Retour"));
        for (Gemeenteregel g : m.gemeenten()) {
            b.rij(g.naam(), g.code(), g.inwoners(), g.asielEerste(), g.asielTweede(), g.asielRealisatie(), g.asielGapEerste(),
                    g.asielGapTweede(), g.asielPijplijn(), g.statushoudersTaakstelling(), g.shGecorrigeerd(), g.shGehuisvest(),
                    g.oekraineOpgave(), g.oekraineRealisatie(), g.retour() ? "ja" : "nee");
        }
        b.totaal("Som van de gemeenten");
        Gemeenteregel t = m.totaal();
        b.naTotaal(t.naam() + " (regio)", null, null, t.inwoners(), t.asielEerste(), t.asielTweede(), t.asielRealisatie(),
                t.asielGapEerste(), t.asielGapTweede(), t.asielPijplijn(), t.statushoudersTaakstelling(), t.shGecorrigeerd(),
                t.shGehuisvest(), t.oekraineOpgave(), t.oekraineRealisatie());
        b.staafgrafiek("Asiel: indicatieve opgave " + k.asielEerste() + " en gerealiseerd", 0, 3, 5);
        b.regel("Sh. = statushouders: taakstelling " + k.statushouders() + ", gecorrigeerde taakstelling en gehuisvest " + k.halfjaarVoortgang() + ". Gepland = in voorbereiding.");
        b.regel("Opgave per gemeente: het cijfer van record (COA-informatieset, circulaire) waar een document het geeft, anders het aandeel naar inwonertal.");
    }

    private static void statushouders(Blad b, MaandpakketModel m, String ondertitel) {
        Statushouders s = m.statushouders();
        b.titel("Statushouders " + s.halfjaar() + ": voortgang per gemeente").regel(ondertitel);
        b.kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Taakstelling"), Kolom.geheel("Achterstand begin periode"),
                Kolom.geheel("Gecorrigeerde taakstelling"), Kolom.geheel("Gehuisvest"), Kolom.procent("Percentage"),
                Kolom.decimaal("Norm op schema"), Kolom.tekst("Op schema"), Kolom.geheel("Nog te huisvesten"));
        for (Voortgangregel v : s.gemeenten()) {
            b.rij(v.naam(), v.taakstelling(), v.achterstandBegin(), v.gecorrigeerd(), v.gehuisvest(),
                    v.procentGetal() == null ? null : v.procentGetal().movePointLeft(2), v.norm(), v.opSchema() ? "ja" : "nee",
                    v.nogTeHuisvesten());
        }
        b.totaal("Totaal", 1, 2, 3, 4, 6, 8);
        b.staafgrafiek("Gehuisvest en norm op schema", 0, 4, 6);
        b.regel("Op schema: gehuisvest ≥ " + s.maand() + "/6 van de gecorrigeerde taakstelling (taakstelling + achterstand begin periode).");
    }

    private static void cno(Blad b, MaandpakketModel m, String ondertitel) {
        Cno c = m.cno();
        b.titel("Transitie crisisnoodopvang (CNO)").regel(ondertitel).regel(c.criteria());
        b.kolommen(Kolom.tekst("Locatie"), Kolom.tekst("Gemeente"), Kolom.tekst("Plaats"), Kolom.geheel("Plekken"),
                Kolom.tekst("Status"), Kolom.datum("Beschikbaar tot"), Kolom.tekst("Geschikt voor overdracht COA"),
                Kolom.tekst("Redenen"));
        for (Cnoregel r : c.locaties()) {
            b.rij(r.naam(), r.gemeente(), r.plaats(), r.plekken(), r.status(), r.beschikbaarTot(), r.geschikt() ? "ja" : "nee",
                    r.redenen());
        }
        b.totaal("Totaal gerealiseerd", 3);
        b.naTotaal("waarvan in gebruik", null, null, null, c.plekkenInGebruik());
        b.naTotaal("waarvan gesloten", null, null, null, c.plekkenGesloten());
        for (Sluitregel s : c.sluiting()) {
            b.regel(s.mijlpaal() + ": " + s.oordeel() + ".");
        }
        c.signalen().forEach(b::regel);
    }

    private static void knelpunten(Blad b, MaandpakketModel m, String ondertitel) {
        b.titel("Knelpunten, naar wie er iets van gevraagd wordt").regel(ondertitel);
        b.kolommen(Kolom.tekst("Gevraagd van"), Kolom.tekst("Onderwerp"), Kolom.tekst("Omschrijving"), Kolom.tekst("Gemeenten"),
                Kolom.geheel("Aantal gemeenten"));
        m.knelpunten().forEach(g -> g.regels().forEach(r -> b.rij(r.partij(), r.onderwerp(), r.omschrijving(), r.gemeenten(), r.aantal())));
    }

    private static void mijlpalen(Blad b, MaandpakketModel m, String ondertitel) {
        b.titel("Mijlpalen (procesplan §5)").regel(ondertitel);
        b.kolommen(Kolom.datum("Datum"), Kolom.tekst("Mijlpaal"), Kolom.tekst("Termijn"), Kolom.tekst("Stand " + m.periode()));
        m.mijlpalen().forEach(r -> b.rij(r.datum(), r.omschrijving(), r.termijn(), r.stand()));
    }
}
