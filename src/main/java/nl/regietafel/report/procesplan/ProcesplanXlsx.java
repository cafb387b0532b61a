package nl.regietafel.report.procesplan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.XlsxWerkboek;

/**
 * The procesplan tables as a workbook, one sheet per table, from the same model as the PDF.
 * Sums are live formulas; where a source states its own total, that total stands under the sum.
 */
final class ProcesplanXlsx {

    private ProcesplanXlsx() {
    }

    static void schrijf(ProcesplanTabellenModel m, Opmaak fmt, Path xlsx) {
        String ondertitel = "Veiligheidsregio " + m.kop().regioNaam() + " · " + fmt.maand(m.kop().periode())
                + " · vingerafdruk " + m.kop().vingerafdruk();
        try (XlsxWerkboek wb = XlsxWerkboek.tabellen(m.kop().titel()).onderwerp(ondertitel).auteur(m.kop().regietafel())
                .trefwoorden("procesplan, tabel 2.1, tabel 2.2, bijlage 3, bijlage 4")) {
            if (m.tabel21() != null) tabel21(wb.blad("Tabel 2.1"), m.tabel21(), ondertitel);
            tabel22(wb.blad("Tabel 2.2"), m.tabel22(), ondertitel);
            if (m.bijlage3().statushouders() != null) statushouders(wb.blad("Bijlage 3 statushouders"), m.bijlage3().statushouders(), ondertitel);
            if (m.bijlage3().asiel() != null) asiel(wb.blad("Bijlage 3 asiel"), m.bijlage3().asiel(), ondertitel);
            bijlage4(wb.blad("Bijlage 4"), m.bijlage4(), ondertitel);
            Blad noten = wb.blad("Voetnoten").titel("Noten bij tabel 2.1 en 2.2").regel(ondertitel)
                    .kolommen(Kolom.geheel("Nr"), Kolom.tekst("Noot"));
            m.voetnoten().forEach(v -> noten.rij(v.nummer(), v.tekst()));
            controles(wb.blad("Controles"), m.controles(), ondertitel);
            wb.opslaan(xlsx);
        }
    }

    private static void tabel21(Blad b, Tabel21 t, String ondertitel) {
        b.titel("Tabel 2.1 Verdeling opgave per veiligheidsregio").regel(ondertitel);
        perPeildatum(b, "Veiligheidsregio", t.peildata(),
                t.regels().stream().map(r -> new NaamCellen(r.naam(), r.cellen())).toList(),
                "Som van de veiligheidsregio's", t.totaal().naam() + " (volgens bron)", t.totaal().cellen());
    }

    /** A figure of record, the computed figure and its quotum per peildatum; the live sum; the source's own total under it. */
    private static void perPeildatum(Blad b, String eersteKop, List<Peildatum> peildata, List<NaamCellen> regels,
                                     String somLabel, String bronLabel, List<Cel> bronTotaal) {
        List<Kolom> kolommen = new ArrayList<>(List.of(Kolom.tekst(eersteKop)));
        for (Peildatum p : peildata) {
            kolommen.add(Kolom.geheel(p.label()));
            kolommen.add(Kolom.geheel(p.label() + " berekend"));
            kolommen.add(Kolom.decimaal(p.label() + " quotum"));
        }
        b.kolommen(kolommen.toArray(Kolom[]::new));
        for (NaamCellen r : regels) {
            List<Object> rij = new ArrayList<>(List.of(r.naam()));
            r.cellen().forEach(c -> {
                rij.add(c.waarde());
                rij.add(c.berekend());
                rij.add(c.quotum());
            });
            b.rij(rij.toArray());
        }
        b.totaal(somLabel);
        List<Object> bron = new ArrayList<>();
        bron.add(null);
        bronTotaal.forEach(c -> {
            bron.add(c.waarde());
            bron.add(null);
            bron.add(null);
        });
        b.naTotaal(bronLabel, bron.toArray());
    }

    private record NaamCellen(String naam, List<Cel> cellen) {
    }

    private static void tabel22(Blad b, Tabel22 t, String ondertitel) {
        b.titel("Tabel 2.2 Indicatieve asielopgave regio " + t.regio() + " (" + t.maand() + ")").regel(ondertitel);
        List<Kolom> kolommen = new ArrayList<>(List.of(Kolom.tekst("Nr"), Kolom.tekst("Opgave")));
        for (String jaar : t.jaren()) {
            kolommen.add(Kolom.geheel(jaar));
            kolommen.add(Kolom.tekst(jaar + " toelichting"));
            kolommen.add(Kolom.geheel(jaar + " noot"));
        }
        kolommen.add(Kolom.tekst("Actuele realisatie " + t.maand()));
        b.kolommen(kolommen.toArray(Kolom[]::new));
        for (Tabel22.Regel r : t.regels()) {
            List<Object> rij = new ArrayList<>(List.of(r.nummer(), r.opgave()));
            for (Tabel22.Tekst j : r.jaren()) {
                rij.add(j.waarde());
                rij.add(j.waarde() != null && j.tekst().contains("(") ? j.tekst() : (j.waarde() == null ? j.tekst() : ""));
                rij.add(j.voetnoot());
            }
            rij.add(String.join(" · ", r.realisatie()));
            b.rij(rij.toArray());
        }
        b.regel("Noten: zie blad Voetnoten.");
    }

    private static void statushouders(Blad b, Bijlage3.Statushouders s, String ondertitel) {
        b.titel("Bijlage 3 " + s.titel()).regel(ondertitel).regel(s.bron());
        b.kolommen(Kolom.tekst("Gemeente"), Kolom.tekst("Code"), Kolom.geheel("Inwoners"), Kolom.geheel("Huisvesting statushouders"),
                Kolom.geheel("Berekend"), Kolom.decimaal("Quotum"), Kolom.geheel("Verschil"));
        for (Bijlage3.Regel r : s.regels()) {
            Cel c = r.cellen().get(0);
            b.rij(r.naam(), r.code(), r.inwoners(), c.waarde(), c.berekend(), c.quotum(), c.waarde() - c.berekend());
        }
        b.totaal(s.subtotaalRegio().naam(), 2, 3, 4, 6);
        b.naTotaal(s.subtotaalRegio().naam() + " (volgens bron)", null, null, s.subtotaalRegio().inwoners(),
                s.subtotaalRegio().cellen().get(0).waarde());
        if (s.subtotaalProvincie() != null) {
            b.naTotaal(s.subtotaalProvincie().naam() + " (volgens bron)", null, null, s.subtotaalProvincie().inwoners(),
                    s.subtotaalProvincie().cellen().get(0).waarde());
        }
    }

    private static void asiel(Blad b, Bijlage3.Asiel a, String ondertitel) {
        b.titel("Bijlage 3 " + a.titel()).regel(ondertitel).regel(a.bron());
        perPeildatum(b, "Gemeente", a.peildata(),
                a.regels().stream().map(r -> new NaamCellen(r.naam(), r.cellen())).toList(),
                "Som van de gemeenten", "Totaal volgens bron", a.totaal().cellen());
    }

    private static void bijlage4(Blad b, Bijlage4 t, String ondertitel) {
        b.titel("Bijlage 4 Overzicht CNO-locaties (" + t.maand() + ")").regel(ondertitel).regel(t.bron());
        b.kolommen(Kolom.tekst("CNO"), Kolom.tekst("Plaats"), Kolom.geheel("Aantal plekken gerealiseerd"), Kolom.tekst("Status"));
        for (Bijlage4.Regel r : t.regels()) {
            b.rij(r.cno(), r.plaats() == null ? "N.v.t." : r.plaats(), r.plekken(), r.plekken() == null ? "N.v.t." : r.status());
        }
        b.totaal("Totaal", 2);
        b.naTotaal("waarvan in gebruik", null, null, t.inGebruik());
        b.naTotaal("waarvan gesloten", null, null, t.gesloten());
    }

    private static void controles(Blad b, List<Controle> controles, String ondertitel) {
        b.titel("Controles").regel(ondertitel);
        b.kolommen(Kolom.tekst("Code"), Kolom.tekst("Controle"), Kolom.tekst("Invoer"), Kolom.tekst("Verwacht"),
                Kolom.tekst("Gevonden"), Kolom.tekst("Uitkomst"));
        controles.forEach(c -> b.rij(c.code(), c.omschrijving(), c.invoer(), c.verwacht(), c.gevonden(), c.uitkomst().label()));
    }
}
