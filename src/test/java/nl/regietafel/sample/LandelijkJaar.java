package nl.regietafel.sample;

import static nl.regietafel.sample.SampleMonthGenerator.bewaar;
import static nl.regietafel.sample.SampleMonthGenerator.breedtes;
import static nl.regietafel.sample.SampleMonthGenerator.nieuwWerkboek;
import static nl.regietafel.sample.SampleMonthGenerator.toelichting;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.regietafel.domain.statushouders.Artikel29;
import nl.regietafel.sample.SampleMonthGenerator.Document;
import nl.regietafel.sample.SampleMonthGenerator.Gem;
import nl.regietafel.sample.SampleMonthGenerator.Kolom;
import nl.regietafel.sample.SampleMonthGenerator.Stijlen;

/**
 * The national documents that arrive during the sample year, after December 2022: the circulaire
 * for the second half of 2023 and a new letter of DG Oekraïne. A period's package uses a document
 * only from its date on, so December 2022 stays the procesplan's month.
 */
final class LandelijkJaar {

    /**
     * Assumed national taakstelling for the second half of 2023: the real figure was not found in
     * the sources consulted. The gemeenten's figures follow from it by art. 29 Huisvestingswet.
     */
    static final long VG_2023_2 = 19_000;
    /** Assumed date of the circulaire 2e helft 2023 (before April, so the July form knows it). */
    static final LocalDate CIRCULAIRE_2023_2 = LocalDate.of(2023, 3, 31);
    /** Assumed date of the new DG Oekraïne letter. */
    static final LocalDate BRIEF_OEKRAINE = LocalDate.of(2023, 6, 15);
    /** Assumed places per veiligheidsregio asked per 1-1-2024 in that letter (100.000 / 25). */
    static final long OEKRAINE_PER_REGIO_2024 = 4_000;

    private LandelijkJaar() {
    }

    /** CBS 1-1-2022 inwoners of every gemeente (minvws CSV), for the art. 29 rule. */
    static Map<String, Long> inwoners(Path bron) throws IOException {
        Map<String, Long> uit = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(bron.resolve("minvws_gm_vr_population_count.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                uit.put(rec.get("gemcode"), Long.parseLong(rec.get("population_count")));
            }
        }
        return uit;
    }

    /** A Twente gemeente's taakstelling for 2023-2: ceil(vg × iG / iN). */
    static long taakstelling2023H2(Gem g, Map<String, Long> inwoners) {
        return Artikel29.taakstelling(VG_2023_2, inwoners.get(g.code()), iN(inwoners));
    }

    static long iN(Map<String, Long> inwoners) {
        return inwoners.values().stream().mapToLong(Long::longValue).sum();
    }

    // Circulaire taakstelling 2e helft 2023, Bijlage A ------------------------------------------
    static Document circulaire2023H2(Path map, List<Path> uit, Map<String, Long> inwoners) throws IOException {
        List<Kolom> kol = List.of(Kolom.van("Taakstelling 2e helft 2023", "STATUSHOUDERS", "2023-2"));
        Document d = new Document("circulaire-taakstelling-2023-2-bijlage-a.xlsx",
                "circulaire-taakstelling-2023-2-bijlage-a",
                "Bijlage A circulaire taakstelling huisvesting vergunninghouders 2e helft 2023",
                "", CIRCULAIRE_2023_2, "Ministerie van BZK",
                List.of("Voorbeelddata: landelijk cijfer 19.000 en datum aangenomen; gemeentecijfers berekend met art. 29 Huisvestingswet."),
                "Bijlage A bij de circulaire taakstelling 2e helft 2023 (met gemeentecodes)",
                "Bijlage A", List.of("Gemeentecode", "CBS-code", "Code"), List.of("Gemeente", "Gemeentenaam", "Naam"),
                "GEMEENTE", kol);
        long iN = iN(inwoners);
        long landelijk = inwoners.values().stream().mapToLong(iG -> Artikel29.taakstelling(VG_2023_2, iG, iN)).sum();
        XSSFWorkbook wb = voorbeeld(nieuwWerkboek(d.titel(), "Taakstelling huisvesting vergunninghouders per gemeente"));
        Stijlen st = new Stijlen(wb);
        XSSFSheet sh = wb.createSheet(d.blad());
        int r = SampleMonthGenerator.Landelijk.kop(sh, st, List.of(
                        "Bijlage A bij de circulaire taakstelling huisvesting vergunninghouders tweede helft 2023",
                        "Taakstelling per gemeente, 1 juli 2023 tot en met 31 december 2023 (voorbeelddata, aangenomen)"),
                3, "Gemeentecode", "Gemeente", "Inwoners", kol.get(0).kop());
        long twente = 0;
        long inwonersTwente = 0;
        for (Gem g : SampleMonthGenerator.TWENTE) {
            long t = taakstelling2023H2(g, inwoners);
            twente += t;
            inwonersTwente += inwoners.get(g.code());
            SampleMonthGenerator.Landelijk.rij(sh, st, r++, g.code().substring(2), g.bijlage3Naam(), false,
                    inwoners.get(g.code()), t);
        }
        SampleMonthGenerator.Landelijk.rij(sh, st, r++, "", "Subtotaal Twente", true, inwonersTwente, twente);
        SampleMonthGenerator.Landelijk.rij(sh, st, r, "", "Totaal Nederland", true, iN, landelijk);
        breedtes(sh, 14, 30, 12, 16);
        sh.getRow(3).setHeightInPoints(30);
        toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                "Voorbeelddata, geen echte circulaire. Het landelijke cijfer voor de tweede helft van 2023 is in de geraadpleegde "
                        + "bronnen niet gevonden; aangenomen is " + NlGetal.van(VG_2023_2) + " te huisvesten vergunninghouders.",
                "De cijfers per gemeente zijn berekend met de regel van art. 29 Huisvestingswet 2014: taakstelling = "
                        + "naar boven afgerond(" + NlGetal.van(VG_2023_2) + " x inwoners gemeente / inwoners Nederland), met de inwoners "
                        + "van CBS op 1-1-2022 (minvws_gm_vr_population_count.csv, samen " + NlGetal.van(iN) + "). 'Totaal Nederland' ("
                        + NlGetal.van(landelijk) + ") is de som van die afgeronde cijfers over alle 342 gemeenten.",
                "Alleen de 14 Twentse gemeenten staan erin, zoals in de bijlage van de eerste helft. De datum 31-3-2023 is aangenomen "
                        + "(vóór 1 april, zodat de uitvraag voor juli de taakstelling al kent)."));
        uit.add(bewaar(wb, map.resolve(d.bestand())));
        return d;
    }

    // New DG Oekraïne letter (assumed) ------------------------------------------------------------
    static Document oekraineBrief(Path map, List<Path> uit, Map<String, String> vrNamen) throws IOException {
        List<Kolom> kol = List.of(Kolom.van("Benodigde opvangplekken per 1-1-2024", "OEKRAINE", "2024-01-01"));
        Document d = new Document("dg-oekraine-brief-2023-06-15-opvangplekken-per-veiligheidsregio.xlsx",
                "dg-oekraine-verdeling-veiligheidsregio-2024",
                "Brief DG Oekraïne aan burgemeesters en voorzitters veiligheidsregio's: opvangplekken Oekraïense ontheemden per 1-1-2024",
                "", BRIEF_OEKRAINE, "DG Oekraïne",
                List.of("Voorbeelddata: brief, datum en cijfers aangenomen (niet uit het procesplan)."),
                "Opvangplekken Oekraïense ontheemden per veiligheidsregio per 1-1-2024 (alleen namen; 'Totaal' = landelijk)",
                "Verdeling", List.of(), List.of("Veiligheidsregio", "Regio"), "VEILIGHEIDSREGIO", kol);
        XSSFWorkbook wb = voorbeeld(nieuwWerkboek(d.titel(), "Opvang Oekraïense ontheemden per veiligheidsregio"));
        Stijlen st = new Stijlen(wb);
        XSSFSheet sh = wb.createSheet(d.blad());
        long totaal = OEKRAINE_PER_REGIO_2024 * vrNamen.size();
        int r = SampleMonthGenerator.Landelijk.kop(sh, st, List.of("Opvang ontheemden uit Oekraïne",
                        "Bijlage bij de brief van 15 juni 2023 aan burgemeesters en voorzitters van de veiligheidsregio's (voorbeelddata)",
                        "Benodigde opvangcapaciteit per veiligheidsregio per 1 januari 2024 (landelijk " + NlGetal.van(totaal) + ")"),
                4, "Veiligheidsregio", kol.get(0).kop());
        for (String naam : vrNamen.values()) {
            SampleMonthGenerator.Landelijk.rij(sh, st, r++, null, naam, false, OEKRAINE_PER_REGIO_2024);
        }
        SampleMonthGenerator.Landelijk.rij(sh, st, r, null, "Totaal", true, totaal);
        breedtes(sh, 30, 22);
        sh.getRow(4).setHeightInPoints(30);
        toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                "Voorbeelddata, geen echte brief: de brief van 15 juni 2023, het landelijke aantal " + NlGetal.van(totaal)
                        + " plekken per 1-1-2024 en de gelijke verdeling over de 25 veiligheidsregio's (" + NlGetal.van(OEKRAINE_PER_REGIO_2024)
                        + " per regio) zijn aangenomen.",
                "De brief stelt de landelijke prognose van 120.000 (procesplan voetnoot 11) bij; vanaf de datum van de brief telt "
                        + "dit nieuwere document. De regel 'Totaal' is het landelijke totaal (Nederland)."));
        uit.add(bewaar(wb, map.resolve(d.bestand())));
        return d;
    }

    static XSSFWorkbook voorbeeld(XSSFWorkbook wb) {
        wb.getProperties().getCoreProperties().setDescription("Voorbeelddocument van Regietafel dat in de loop van 2023 "
                + "binnenkomt; cijfers aangenomen, zie het blad Toelichting.");
        return wb;
    }

    /** Dutch thousands separator for the notes. */
    static final class NlGetal {
        static String van(long n) {
            return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", n);
        }
    }
}
