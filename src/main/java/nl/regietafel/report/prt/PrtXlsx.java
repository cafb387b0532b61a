package nl.regietafel.report.prt;

import java.nio.file.Path;

import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.XlsxWerkboek;

/** The PRT-inbreng as a workbook: one sheet per table of the PDF, figures as numbers. */
final class PrtXlsx {

    private PrtXlsx() {
    }

    static void schrijf(PrtModel m, nl.regietafel.report.kaart.Provincieblik blik, Path xlsx) {
        String ondertitel = (m.meerdere() ? "Provincie " : "Veiligheidsregio ") + m.kop().regioNaam() + " · Provinciale Regietafel "
                + m.provincieNaam() + " · " + m.periode() + " · vingerafdruk " + m.kop().vingerafdruk();
        try (XlsxWerkboek wb = new XlsxWerkboek(PrtInbreng.TITEL + " " + m.kop().regioNaam() + ", " + m.periode())
                .auteur(m.kop().regietafel()).onderwerp(ondertitel).trefwoorden("PRT-inbreng, provinciale regietafel, " + m.provincieNaam())) {
            Blad k = wb.blad("Kerncijfers").titel("Kerncijfers").regel(ondertitel);
            k.kolommen(Kolom.tekst("Kerncijfer"), Kolom.geheel("Waarde"), Kolom.tekst("Toelichting"));
            m.kerncijfers().forEach(c -> k.rij(c.label(), c.getal(), c.toelichting()));

            if (blik != null) {
                for (var matrix : blik.matrices()) {
                    String naam = blik.matrices().size() == 1 ? "Stoplichten" : ("Stoplichten " + matrix.totaal().naam());
                    nl.regietafel.report.kaart.StoplichtBlad.schrijf(wb.blad(naam.length() > 31 ? naam.substring(0, 31) : naam),
                            matrix, ondertitel);
                }
            }

            Blad p = wb.blad("Positie").titel("Positie per opgave en peildatum").regel(ondertitel);
            p.kolommen(Kolom.tekst("Opgave"), Kolom.datum("Peildatum"), Kolom.tekst("Prognose"), Kolom.tekst("Veiligheidsregio"),
                    Kolom.geheel("Opgave (aantal)"), Kolom.tekst("Vastgesteld"), Kolom.geheel("In gebruik"),
                    Kolom.geheel("Vervalt vóór peildatum"), Kolom.geheel("Beschikbaar op peildatum"), Kolom.geheel("Gap"),
                    Kolom.geheel("Pijplijn besloten"), Kolom.geheel("Pijplijn idee"), Kolom.geheel("Gap na pijplijn"),
                    Kolom.tekst("Trend beschikbaar"), Kolom.tekst("Eenheid"), Kolom.geheel("Bron (noot)"));
            for (PrtModel.Positie pos : m.posities()) {
                for (PrtModel.Regel r : pos.regels()) {
                    p.rij(pos.opgave(), Blad.datumOfTekst(pos.peildag(), pos.peildatum()), pos.scenario(), r.regio(), r.opgaveAantal(), r.vastgesteld() ? "ja" : "berekend",
                            r.inGebruik(), r.vervalt(), r.realisatie(), r.gap(), r.gepland(), r.idee(), r.gapNaGepland(), r.trend(),
                            pos.eenheid(), r.noot());
                }
            }
            nl.regietafel.report.Peilkolommen.UITLEG.forEach(p::regel);
            p.regel("Gap = opgave − beschikbaar op de peildatum. Geen totaalregel: opgaven en peildata tel je niet op.");
            m.regios().forEach(r -> r.gapUitleg().forEach(u -> p.regel(m.meerdere() ? r.naam() + ", " + u : u)));
            for (int i = 0; i < m.bronnen().size(); i++) p.regel("Noot " + (i + 1) + ": " + m.bronnen().get(i));

            if (m.meerdere()) {
                Blad z = wb.blad("Gap per regio").titel("Gap per opgave en peildatum, per veiligheidsregio").regel(ondertitel);
                Kolom[] kolommen = new Kolom[m.regios().size() + 4];
                kolommen[0] = Kolom.tekst("Opgave");
                kolommen[1] = Kolom.datum("Peildatum");
                kolommen[2] = Kolom.tekst("Prognose");
                for (int i = 0; i < m.regios().size(); i++) kolommen[i + 3] = Kolom.geheel(m.regios().get(i).naam());
                kolommen[kolommen.length - 1] = Kolom.geheel("Totaal " + m.provincieNaam());
                z.kolommen(kolommen);
                for (PrtModel.Positie pos : m.posities()) {
                    Object[] rij = new Object[kolommen.length];
                    rij[0] = pos.opgave();
                    rij[1] = Blad.datumOfTekst(pos.peildag(), pos.peildatum());
                    rij[2] = pos.scenario();
                    long som = 0;
                    for (int i = 0; i < m.regios().size(); i++) {
                        String naam = m.regios().get(i).naam();
                        var r = pos.regels().stream().filter(x -> x.regio().equals(naam)).findFirst().orElse(null);
                        rij[i + 3] = r == null ? null : r.gap();
                        som += r == null ? 0 : r.gap();
                    }
                    rij[kolommen.length - 1] = som;
                    z.rij(rij);
                }
            }

            Blad v = wb.blad("Verzoeken").titel("Verzoeken aan Rijk, provincie, COA en Nidos").regel(ondertitel);
            v.kolommen(Kolom.tekst("Gevraagd van"), Kolom.tekst("Veiligheidsregio"), Kolom.tekst("Onderwerp"), Kolom.tekst("Omschrijving"),
                    Kolom.tekst("Gemeenten"), Kolom.geheel("Aantal gemeenten"));
            m.verzoeken().forEach(g -> g.verzoeken().forEach(r -> v.rij(r.partij(), r.regio(), r.onderwerp(), r.omschrijving(),
                    r.gemeenten(), r.aantal())));
            nl.regietafel.report.maandpakket.MaandpakketXlsx.afdruk(wb);
            wb.opslaan(xlsx);
        }
    }
}
