package nl.regietafel.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.statushouders.Prognosemaker;
import nl.regietafel.domain.verdeling.Eenheid;
import nl.regietafel.domain.verdeling.Methode;
import nl.regietafel.domain.verdeling.Verdeler;
import nl.regietafel.domain.verdeling.Verdeling;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.ReferentieReader;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The benchmark's synthetic national input, made from the real reference data (the copies in
 * {@code input/referentie/}): national documents for ASIEL per provincie, OEKRAINE per
 * veiligheidsregio and the taakstelling per gemeente by art. 29, and a plausible return for each
 * of the 342 gemeenten, for December 2022 and, for the national year, any later month.
 */
final class LandelijkeMaand {

    static final YearMonth PERIODE = Benchmark.PERIODE;

    private LandelijkeMaand() {
    }

    static ReferentieReader.Referentie referentie(Path map) {
        Leesresultaat<ReferentieReader.Referentie> r = ReferentieReader.lees(map);
        if (r.isAfgewezen()) throw new IllegalStateException(r.meldingen().toString());
        return r.waarde();
    }

    /** input/ for all of the Netherlands: the sample's reference data, three national documents, 342 returns. */
    static Path genereer(Path input) throws Exception {
        Path referentie = input.resolve("referentie");
        Files.createDirectories(referentie);
        try (Stream<Path> s = Files.list(Path.of("input/referentie"))) {
            for (Path p : s.toList()) Files.copy(p, referentie.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        ReferentieReader.Referentie ref = referentie(referentie);
        Gebiedsindeling indeling = ref.indeling();
        Populatieset cbs = ref.populatiesets().get(ReferentieReader.CBS_2022);

        Path landelijk = input.resolve("landelijk");
        Path profielen = input.resolve("profielen");
        Files.createDirectories(landelijk);
        Files.createDirectories(profielen);
        StringBuilder manifest = new StringBuilder("# Synthetische landelijke maand (nl.regietafel.benchmark.Benchmark)\ndocumenten:\n");

        // ASIEL per provincie, by population (largest remainder), two peildata
        List<Eenheid> provincies = indeling.provincies().stream().map(p -> new Eenheid(p.code(),
                indeling.gemeenten(p.code()).stream().mapToLong(g -> cbs.inwoners(g.code())).sum())).toList();
        Verdeling asiel23 = Verdeler.verdeel(51_000, provincies, Methode.GROOTSTE_OVERSCHOT);
        Verdeling asiel24 = Verdeler.verdeel(57_000, provincies, Methode.GROOTSTE_OVERSCHOT);
        document(landelijk, profielen, manifest, "benchmark-asiel-per-provincie", "Capaciteitsbehoefte", "Code", "PROVINCIE",
                List.of(new Cijferkolom("Benodigde opvangcapaciteit per 1-1-2023", "ASIEL", "2023-01-01", asiel23),
                        new Cijferkolom("Benodigde opvangcapaciteit per 1-1-2024", "ASIEL", "2024-01-01", asiel24)),
                indeling.provincies(), "Synthetische capaciteitsbehoefte asielopvang per provincie", "Ministerie van BZK");

        // OEKRAINE per veiligheidsregio
        List<Eenheid> vrs = indeling.veiligheidsregios().stream().map(v -> new Eenheid(v.code(),
                indeling.gemeenten(v.code()).stream().mapToLong(g -> cbs.inwoners(g.code())).sum())).toList();
        document(landelijk, profielen, manifest, "benchmark-oekraine-per-vr", "Verdeling", "Code", "VEILIGHEIDSREGIO",
                List.of(new Cijferkolom("Opvangplekken per 1-7-2023", "OEKRAINE", "2023-07-01",
                        Verdeler.verdeel(90_000, vrs, Methode.GROOTSTE_OVERSCHOT))),
                indeling.veiligheidsregios(), "Synthetische verdeling opvangplekken Oekraïense ontheemden", "DG Oekraïne");

        // taakstelling statushouders per gemeente, art. 29 Huisvestingswet 2014 (rounded up)
        Verdeling taakstelling = taakstelling(indeling, cbs);
        document(landelijk, profielen, manifest, "benchmark-circulaire-taakstelling", "Bijlage A", "Gemeentecode", "GEMEENTE",
                List.of(new Cijferkolom("Taakstelling 1e helft 2023", "STATUSHOUDERS", "2023-1", taakstelling)),
                indeling.gemeenten().stream().map(g -> new Gebied(g.code(), g.naam(), Gebied.Niveau.GEMEENTE)).toList(),
                "Synthetische circulaire taakstelling 1e helft 2023", "Ministerie van BZK");
        Files.writeString(landelijk.resolve("documenten.yaml"), manifest);

        retouren(input, PERIODE, indeling, cbs, taakstelling);
        return input;
    }

    /** One return per gemeente of the country for {@code periode}, in {@code retouren/<periode>/}. */
    static void retouren(Path input, YearMonth periode, Gebiedsindeling indeling, Populatieset cbs, Verdeling taakstelling)
            throws IOException {
        Path retouren = input.resolve("retouren").resolve(periode.toString());
        Files.createDirectories(retouren);
        for (Gemeente g : indeling.gemeenten()) {
            retour(retouren.resolve(g.code() + "-" + g.bestandsnaam() + ".xlsx"), g, cbs.inwoners(g.code()),
                    taakstelling.aantal(g.code()), periode);
        }
    }

    /** The taakstelling of the synthetic circulaire, as {@link #genereer} publishes it. */
    static Verdeling taakstelling(Gebiedsindeling indeling, Populatieset cbs) {
        long inwonersNl = indeling.gemeenten().stream().mapToLong(g -> cbs.inwoners(g.code())).sum();
        List<Eenheid> gemeenten = indeling.gemeenten().stream().map(g -> new Eenheid(g.code(), cbs.inwoners(g.code()))).toList();
        return Prognosemaker.taakstelling(21_200, gemeenten, inwonersNl);
    }

    record Cijferkolom(String kop, String opgave, String peildatum, Verdeling verdeling) {
    }

    static void document(Path landelijk, Path profielen, StringBuilder manifest, String naam, String blad, String codeKop,
                         String niveau, List<Cijferkolom> kolommen, List<Gebied> gebieden, String titel, String uitgever)
            throws IOException {
        StringBuilder profiel = new StringBuilder();
        profiel.append("naam: ").append(naam).append('\n')
                .append("omschrijving: \"").append(titel).append("\"\n")
                .append("blad: [\"").append(blad).append("\"]\n")
                .append("maximum: 1000000\n")
                .append("gebied:\n  code: [\"").append(codeKop).append("\"]\n  naam: [\"Naam\"]\n  niveau: ").append(niveau).append('\n')
                .append("totaalregels: [\"Totaal\"]\n")
                .append("cijfers:\n");
        for (Cijferkolom k : kolommen) {
            profiel.append("  - kolom: [\"").append(k.kop()).append("\"]\n    opgave: ").append(k.opgave())
                    .append("\n    peildatum: \"").append(k.peildatum()).append("\"\n");
        }
        Files.writeString(profielen.resolve(naam + ".yaml"), profiel);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(blad);
            s.createRow(0).createCell(0).setCellValue(titel);
            Row kop = s.createRow(2);
            kop.createCell(0).setCellValue(codeKop);
            kop.createCell(1).setCellValue("Naam");
            for (int i = 0; i < kolommen.size(); i++) kop.createCell(2 + i).setCellValue(kolommen.get(i).kop());
            int r = 3;
            for (Gebied g : gebieden) {
                Row rij = s.createRow(r++);
                rij.createCell(0).setCellValue(g.code());
                rij.createCell(1).setCellValue(g.naam());
                for (int i = 0; i < kolommen.size(); i++) rij.createCell(2 + i).setCellValue(kolommen.get(i).verdeling().aantal(g.code()));
            }
            schrijf(wb, landelijk.resolve(naam + ".xlsx"));
        }
        manifest.append("  - bestand: ").append(naam).append(".xlsx\n")
                .append("    profiel: ").append(naam).append('\n')
                .append("    titel: \"").append(titel).append("\"\n")
                .append("    kenmerk: \"BENCHMARK\"\n")
                .append("    datum: 2022-12-01\n")
                .append("    uitgever: \"").append(uitgever).append("\"\n");
    }

    /** A plausible return: locations by size of the gemeente, the taakstelling half housed. */
    static void retour(Path pad, Gemeente g, long inwoners, long taakstelling, YearMonth periode) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            Sheet kop = wb.createSheet("Gemeente");
            String[][] kv = {{"Gemeentecode", g.code()}, {"Gemeente", g.naam()}, {"Peilmaand", periode.toString()},
                    {"Ingevuld door", "Beleidsmedewerker " + g.naam()}};
            for (int i = 0; i < kv.length; i++) {
                Row r = kop.createRow(i);
                r.createCell(0).setCellValue(kv[i][0]);
                r.createCell(1).setCellValue(kv[i][1]);
            }
            Row d = kop.createRow(4);
            d.createCell(0).setCellValue("Datum");
            d.createCell(1).setCellValue(periode.plusMonths(1).atDay(5));
            d.getCell(1).setCellStyle(datum);

            Sheet loc = wb.createSheet("Locaties");
            String[] koppen = {"Locatie-id", "Naam", "Plaats", "Doelgroep", "Soort", "Capaciteit", "Bezetting", "Status",
                    "Open vanaf", "Beschikbaar tot", "Toelichting"};
            Row k = loc.createRow(0);
            for (int i = 0; i < koppen.length; i++) k.createCell(i).setCellValue(koppen[i]);
            String[][] soorten = {{"Asielzoekers", "AZC", "In gebruik"}, {"Oekraïners", "Gemeentelijke opvang", "In gebruik"},
                    {"Statushouders", "Flexwoningen", "In aanbouw"}, {"Asielzoekers", "CNO", "In gebruik"},
                    {"Oekraïners", "Hotel/vakantiepark", "In gebruik"}, {"AMV", "Tussenvoorziening", "Besluit college"}};
            int aantal = (int) Math.min(14, 2 + inwoners / 40_000);
            for (int i = 1; i <= aantal; i++) {
                String[] s = soorten[(i - 1) % soorten.length];
                long cap = Math.max(10, inwoners / 1_000 / aantal * 2 + 7L * i);
                Row r = loc.createRow(i);
                r.createCell(0).setCellValue(g.code() + "-" + String.format("%02d", i));
                r.createCell(1).setCellValue(s[1] + " " + g.naam() + " " + i);
                r.createCell(2).setCellValue(g.naam());
                r.createCell(3).setCellValue(s[0]);
                r.createCell(4).setCellValue(s[1]);
                r.createCell(5).setCellValue(cap);
                r.createCell(6).setCellValue(s[2].equals("In gebruik") ? cap * 4 / 5 : 0);
                r.createCell(7).setCellValue(s[2]);
                r.createCell(8).setCellValue(LocalDate.of(2022, 1 + i % 12, 1));
                r.getCell(8).setCellStyle(datum);
                r.createCell(9).setCellValue(LocalDate.of(2024, 1 + i % 12, 1));
                r.getCell(9).setCellStyle(datum);
                r.createCell(10).setCellValue("Synthetisch (benchmark)");
            }
            Sheet sh = wb.createSheet("Statushouders");
            String[] shKop = {"Halfjaar", "Taakstelling", "Achterstand begin periode", "Gehuisvest", "Waarvan AMV", "Instrumenten"};
            Row sk = sh.createRow(0);
            for (int i = 0; i < shKop.length; i++) sk.createCell(i).setCellValue(shKop[i]);
            Row sr = sh.createRow(1);
            sr.createCell(0).setCellValue("2023-1");
            sr.createCell(1).setCellValue(taakstelling);
            sr.createCell(2).setCellValue(taakstelling / 10);
            sr.createCell(3).setCellValue(taakstelling / 2);
            sr.createCell(4).setCellValue(taakstelling / 20);
            sr.createCell(5).setCellValue("Flexwoningen");
            Sheet kp = wb.createSheet("Knelpunten");
            Row kk = kp.createRow(0);
            kk.createCell(0).setCellValue("Onderwerp");
            kk.createCell(1).setCellValue("Omschrijving");
            kk.createCell(2).setCellValue("Gevraagd van");
            Row kr = kp.createRow(1);
            kr.createCell(0).setCellValue("Woningen");
            kr.createCell(1).setCellValue("Te weinig betaalbare woningen");
            kr.createCell(2).setCellValue("Rijk");
            schrijf(wb, pad);
        }
    }

    static void schrijf(XSSFWorkbook wb, Path pad) throws IOException {
        try (OutputStream out = Files.newOutputStream(pad)) {
            wb.write(out);
        }
    }

}
