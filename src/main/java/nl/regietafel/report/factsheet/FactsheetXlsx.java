package nl.regietafel.report.factsheet;

import java.nio.file.Path;

import nl.regietafel.report.Opmaak;
import nl.regietafel.report.factsheet.FactsheetModel.Bron;
import nl.regietafel.report.factsheet.FactsheetModel.Knelpuntrij;
import nl.regietafel.report.factsheet.FactsheetModel.Locatierij;
import nl.regietafel.report.factsheet.FactsheetModel.Opgaverij;
import nl.regietafel.report.factsheet.FactsheetModel.Positierij;
import nl.regietafel.report.factsheet.FactsheetModel.Statushoudersrij;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.XlsxWerkboek;

/** The factsheet's tables as a workbook: one sheet per table, numbers as numbers, the chart native. */
final class FactsheetXlsx {

    private static final Opmaak FMT = new Opmaak();

    private FactsheetXlsx() {
    }

    static void schrijf(FactsheetModel m, String titel, Path xlsx) {
        String periode = FMT.maand(m.kop().periode());
        String kop = m.naam() + " (" + m.code() + ") · veiligheidsregio " + m.regioNaam() + " · " + periode;
        try (XlsxWerkboek wb = XlsxWerkboek.tabellen(titel + " " + periode).auteur(m.kop().regietafel())
                .onderwerp(kop + " · vingerafdruk " + m.kop().vingerafdruk())
                .trefwoorden("factsheet, " + m.code() + ", " + m.naam() + ", " + m.kop().periode())) {
            Blad opgaven = wb.blad("Opgaven").titel(titel).regel(kop)
                    .kolommen(Kolom.tekst("Opgave"), Kolom.datum("Peildatum"), Kolom.geheel("Opgave gemeente"),
                            Kolom.tekst("Soort cijfer"), Kolom.geheel("In gebruik"), Kolom.geheel("Vervalt vóór peildatum"),
                            Kolom.geheel("Beschikbaar op peildatum"), Kolom.geheel("Gap"), Kolom.geheel("Pijplijn besloten"),
                            Kolom.geheel("Pijplijn idee"), Kolom.geheel("Gap na pijplijn"), Kolom.tekst("Bron"));
            for (Opgaverij o : m.opgaven()) {
                opgaven.rij(o.opgave(), Blad.datumOfTekst(o.peildag(), o.peildatum()), o.opgaveAantal(), o.soort(), o.inGebruik(), o.vervalt(), o.realisatie(), o.gap(),
                        o.pijplijn(), o.idee(), o.gapNaPijplijn(), o.bron() == null ? "indicatief, naar inwonertal" : bron(m, o.bron()));
            }
            nl.regietafel.report.Peilkolommen.UITLEG.forEach(opgaven::regel);
            m.gapUitleg().forEach(opgaven::regel);
            opgaven.regel("Vastgesteld: cijfer uit een landelijk document (bron in de laatste kolom); indicatief: "
                    + "aandeel in de regionale opgave naar inwonertal (" + FMT.getal(m.inwoners()) + " inwoners).");

            Blad locaties = wb.blad("Locaties").titel("Locaties in gebruik of gesloten").regel(kop);
            locatiekoppen(locaties);
            m.locaties().forEach(l -> locatierij(locaties, l));
            if (!m.locaties().isEmpty()) locaties.totaal("Totaal", 6, 7);

            Blad pijplijn = wb.blad("Pijplijn").titel("Locaties in voorbereiding").regel(kop);
            locatiekoppen(pijplijn);
            m.pijplijn().forEach(l -> locatierij(pijplijn, l));
            if (!m.pijplijn().isEmpty()) pijplijn.totaal("Totaal", 6);

            Blad sh = wb.blad("Statushouders").titel("Huisvesting statushouders").regel(kop)
                    .kolommen(Kolom.tekst("Halfjaar"), Kolom.geheel("Taakstelling"), Kolom.geheel("Achterstand begin"),
                            Kolom.geheel("Gecorrigeerde taakstelling"), Kolom.geheel("Gehuisvest"), Kolom.procent("Percentage"),
                            Kolom.decimaal("Norm op schema"), Kolom.tekst("Op schema"), Kolom.geheel("Nog te huisvesten"));
            for (Statushoudersrij s : m.statushouders()) {
                sh.rij(s.halfjaar(), s.taakstelling(), s.achterstandBegin(), s.gecorrigeerd(), s.gehuisvest(),
                        s.percentage() == null ? null : s.percentage().movePointLeft(2), s.normOpSchema(), s.opSchemaTekst(),
                        s.nogTeHuisvesten());
            }
            sh.regel("Op schema: per maand 1/6 van de gecorrigeerde taakstelling (taakstelling + achterstand begin halfjaar).");

            Blad positie = wb.blad("Positie in de regio").titel("Positie in de regio " + m.regioNaam()).regel(kop)
                    .kolommen(Kolom.tekst("Opgave"), Kolom.datum("Peildatum"), Kolom.decimaal("Opgave per 10.000"),
                            Kolom.decimaal("Gerealiseerd per 10.000"), Kolom.decimaal("Regio: opgave per 10.000"),
                            Kolom.decimaal("Regio: gerealiseerd per 10.000"), Kolom.procent("Gerealiseerd van opgave"),
                            Kolom.procent("Regio: gerealiseerd van opgave"), Kolom.geheel("Rang in de regio"));
            for (Positierij p : m.positie()) {
                positie.rij(p.opgave(), Blad.datumOfTekst(p.peildag(), p.peildatum()), p.opgavePer10k(), p.realisatiePer10k(), p.regioOpgavePer10k(),
                        p.regioRealisatiePer10k(), p.procentGerealiseerd(), p.regioProcentGerealiseerd(), p.rang());
            }
            positie.regel("Rang: 1 = hoogste deel van de eigen opgave gerealiseerd, van " + m.aantalGemeenten() + " gemeenten.");
            positie.staafgrafiek("Per 10.000 inwoners", 0, 2, 3, 5);

            Blad knelpunten = wb.blad("Knelpunten").titel("Knelpunten").regel(kop)
                    .kolommen(Kolom.tekst("Onderwerp"), Kolom.tekst("Omschrijving"), Kolom.tekst("Gevraagd van"));
            for (Knelpuntrij k : m.knelpunten()) {
                knelpunten.rij(k.onderwerp(), k.omschrijving(), k.gevraagdVan());
            }
            wb.opslaan(xlsx);
        }
    }

    private static String bron(FactsheetModel m, int nummer) {
        return m.bronnen().stream().filter(b -> b.nummer() == nummer).map(Bron::tekst).findFirst().orElse("");
    }

    private static void locatiekoppen(Blad blad) {
        blad.kolommen(Kolom.tekst("Naam"), Kolom.tekst("Plaats"), Kolom.tekst("Doelgroep"), Kolom.tekst("Soort"),
                Kolom.tekst("Status"), Kolom.datum("Open vanaf"), Kolom.geheel("Capaciteit"), Kolom.geheel("Bezetting"),
                Kolom.datum("Beschikbaar tot"), Kolom.tekst("Gedeeld met"), Kolom.tekst("Aandeel"));
    }

    private static void locatierij(Blad blad, Locatierij l) {
        blad.rij(l.naam(), l.plaats(), l.doelgroep(), l.soort(), l.status(), l.openVanaf(), l.capaciteit(), l.bezetting(),
                l.beschikbaarTot(), l.gedeeldMet(), l.aandeel());
    }
}
