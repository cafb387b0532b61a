package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.run.Run;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * One value per figure, over the whole package of the sample month (every workbook and every
 * PDF the run writes).
 *
 * <p><b>What a figure is.</b> A figure is the key {@code gemeente | opgave | peildatum | maat}:
 * the gemeente's CBS code, the opgave's Dutch label ("Asielzoekers (incl. AMV's)",
 * "Statushouders", "Oekraïense ontheemden", ...), the peildatum or half year as printed
 * ("1 april 2023", "1e helft 2023") and the maat: {@code opgave} (opgave or taakstelling),
 * {@code gerealiseerd} (realised or housed), {@code gap} (still to do) or {@code percentage}
 * (realised of opgave, printed to one decimal). Its value is what is printed: a whole number,
 * or a percentage rounded once to one decimal. The test reads the figures from the tables that
 * carry these four dimensions:
 * <ul>
 *   <li>each factsheet workbook (gemeente from its file name): sheets Opgaven, Statushouders and
 *       Positie in de regio;</li>
 *   <li>the maandpakket workbook: sheets Gemeenten (headers "Asiel 1 april 2023", "Asiel gap 1 april
 *       2023", "Sh. taak 1e helft 2023", "Oekraïne 1 juli 2023") and Statushouders;</li>
 *   <li>the procesplan workbook: sheets Bijlage 3 statushouders and Bijlage 3 asiel (its columns
 *       carry the COA's own peildata, "31 december 2023": a column relabelled "1 januari 2024"
 *       would meet the computed share of 2.164 at that date, Rijssen-Holten 131 against 130);</li>
 *   <li>the region's figures ({@code VR05|...}) from the maandpakket's Overzicht and Statushouders
 *       sheets and the PRT-inbreng's Positie sheet.</li>
 * </ul>
 * The statushouders gap is one figure: the opgaven tables' "Gap" and the statushouders tables'
 * "Nog te huisvesten" share a key (Enschede 1e helft 2023: 193 − 5 voorsprong = 188 in both).
 * Two places with the same key and different values fail the test. PDFs are made from the same
 * view models as the workbooks; a percentage is "printed two ways" when a gemeente's factsheet
 * PDF prints, beside one of that gemeente's percentage figures, the same figure one unit off in
 * the last decimal (117,6 % and 117,7 %: rounded twice).
 *
 * <p>Onder de streep: the region's row is the sum of its gemeenten's (Tabel 2 and Tabel 3 of the
 * maandpakket, sheets "Onder de streep" and "Onder de streep gemeenten"), so the region's
 * "via uitwisseling" is what the gemeenten exchange (Twente: 70 + 50 + 9 = 129 asiel places).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:een-waarde;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/een-waarde"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EenWaardePerCijferTest {

    static final Map<String, String> OPGAVE_IN_KOP = Map.of(
            "Asiel gap ", "Asielzoekers (incl. AMV's)|gap",
            "Asiel ", "Asielzoekers (incl. AMV's)|opgave",
            "Sh. taak ", "Statushouders|opgave",
            "Oekraïne ", "Oekraïense ontheemden|opgave");
    static final Pattern PROCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})*,\\d) %");

    @Autowired
    JobStarter starter;

    Path output;
    /** key → value → where it was printed. */
    final Map<String, Map<String, Set<String>>> cijfers = new TreeMap<>();
    final List<String> tweeManieren = new ArrayList<>();
    /** percentage key → its value before rounding, as the workbooks keep it. */
    final Map<String, BigDecimal> exact = new TreeMap<>();
    /** gemeente name → CBS code, from the maandpakket's Gemeenten sheet. */
    final Map<String, String> codes = new HashMap<>();
    /** Tabel 2 of the maandpakket, in its order: opgave → [saldo, ontvangen − ingezet, saldo na uitwisseling]. */
    final Map<String, long[]> regioBalans = new java.util.LinkedHashMap<>();
    /** Tabel 3 added up: opgave → [Σ saldo, Σ (na − saldo), Σ na uitwisseling]. */
    final Map<String, long[]> somGemeenten = new TreeMap<>();

    @BeforeAll
    void pakketVanDeVoorbeeldmaand() throws Exception {
        output = Maandrun.tempOutput("een-waarde");
        Run run = Maandrun.twente(output);
        assertThat(starter.start("maand", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path periode = output.resolve("2022-12");
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(periode)) {
            bestanden = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : bestanden) {
            String naam = periode.relativize(p).toString().replace('\\', '/');
            if (naam.startsWith("factsheets/") && naam.endsWith(".xlsx")) factsheet(p, naam);
            if (naam.endsWith("maandpakket.xlsx")) maandpakket(p, naam);
            if (naam.endsWith("procesplan-tabellen.xlsx")) procesplan(p, naam);
            if (naam.endsWith("prt-inbreng.xlsx")) prt(p, naam);
        }
        for (Path p : bestanden) {
            String naam = periode.relativize(p).toString().replace('\\', '/');
            if (naam.startsWith("factsheets/") && naam.endsWith(".pdf")) factsheetPdf(p, naam);
        }
    }

    @AfterAll
    void ruimOp() {
        FileSystemUtils.deleteRecursively(output.toFile());
    }

    @Test
    void hetPakketHeeftVeelCijfersInMeerPlaatsen() {
        // the walk reads something: 14 factsheets, the maandpakket and the procesplan share keys
        long gedeeld = cijfers.values().stream().filter(w -> w.values().stream().mapToInt(Set::size).sum() > 1).count();
        assertThat(cijfers).hasSizeGreaterThan(200);
        assertThat(gedeeld).isGreaterThan(50);
        // Borne's statushouders 2e helft 2022: 20 of 17 housed, 117,6 % everywhere
        assertThat(cijfers.get("GM0147|Statushouders|2e helft 2022|percentage")).containsOnlyKeys("117,6");
        // Enschede's taakstelling 1e helft 2023: 193 in the factsheet, the maandpakket and Bijlage 3
        assertThat(cijfers.get("GM0153|Statushouders|1e helft 2023|opgave")).containsOnlyKeys("193");
        assertThat(cijfers.get("GM0153|Statushouders|1e helft 2023|opgave").get("193")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void elkCijferHeeftEenWaarde() {
        List<String> tegenstrijdig = new ArrayList<>();
        cijfers.forEach((sleutel, waarden) -> {
            if (waarden.size() > 1) tegenstrijdig.add(sleutel + " = " + waarden);
        });
        assertThat(tegenstrijdig).as("cijfers die op twee manieren gedrukt zijn").isEmpty();
    }

    @Test
    void deStatushoudersgapIsOveralNogTeHuisvesten() {
        // Enschede, 1e helft 2023: taakstelling 193, voorsprong 5 from 2e helft 2022, 0 housed yet: 188
        // in the factsheet's opgaven table and its statushouders table alike
        assertThat(cijfers.get("GM0153|Statushouders|1e helft 2023|gap")).containsOnlyKeys("188");
        assertThat(cijfers.get("GM0153|Statushouders|1e helft 2023|gap").get("188")).hasSizeGreaterThanOrEqualTo(2);
        // Twente: 764 − 19 voorsprong = 745, in the maandpakket's overview and the PRT-inbreng
        assertThat(cijfers.get("VR05|Statushouders|1e helft 2023|gap")).containsOnlyKeys("745");
        assertThat(cijfers.get("VR05|Statushouders|1e helft 2023|gap").get("745")).hasSize(2);
    }

    @Test
    void eenCoaCijferHoudtZijnPeildatum() {
        // Rijssen-Holten: COA's 131 at 31-12-2023 (Bijlage 3), the computed share 130 of 2.164 at 1-1-2024
        assertThat(cijfers.get("GM1742|Asielzoekers (incl. AMV's)|31 december 2023|opgave")).containsOnlyKeys("131");
        assertThat(cijfers.get("GM1742|Asielzoekers (incl. AMV's)|1 januari 2024|opgave")).containsOnlyKeys("130");
    }

    @Test
    void deRegioOnderDeStreepIsDeSomVanDeGemeenten() {
        assertThat(regioBalans).containsOnlyKeys("Asielzoekers (incl. AMV's)", "Oekraïense ontheemden");
        assertThat(somGemeenten.keySet()).isEqualTo(regioBalans.keySet());
        regioBalans.forEach((opgave, regio) -> assertThat(regio).as(opgave + ": saldo, via uitwisseling, na uitwisseling")
                .containsExactly(somGemeenten.get(opgave)));
        // Twente: Almelo 70, Hengelo 50 and Tubbergen 9 asiel places spent on their Oekraïne deficits
        assertThat(regioBalans.get("Asielzoekers (incl. AMV's)")).containsExactly(-1150, -129, -1279);
        assertThat(regioBalans.get("Oekraïense ontheemden")).containsExactly(-1080, 129, -951);
    }

    @Test
    void eenPercentageIsEenmaalAfgerond() {
        assertThat(tweeManieren).as("percentages die in een factsheet ook anders afgerond staan").isEmpty();
    }

    // ------------------------------------------------------------------ readers

    private void factsheet(Path p, String naam) throws Exception {
        String gemeente = naam.substring("factsheets/".length(), "factsheets/".length() + 6);
        try (XSSFWorkbook wb = new XSSFWorkbook(p.toFile())) {
            tabel(wb.getSheet("Opgaven"), naam, "Opgave", r -> gemeente, r -> t(r, "Opgave"), r -> t(r, "Peildatum"),
                    Map.of("Opgave gemeente", "opgave", "Gerealiseerd", "gerealiseerd", "Gap", "gap"));
            tabel(wb.getSheet("Statushouders"), naam, "Halfjaar", r -> gemeente, r -> "Statushouders", r -> t(r, "Halfjaar"),
                    Map.of("Taakstelling", "opgave", "Gehuisvest", "gerealiseerd", "Nog te huisvesten", "gap", "Percentage", "percentage"));
            tabel(wb.getSheet("Positie in de regio"), naam, "Opgave", r -> gemeente, r -> t(r, "Opgave"), r -> t(r, "Peildatum"),
                    Map.of("Gerealiseerd van opgave", "percentage"));
            // the region's average, printed beside it on every factsheet: one figure of the region
            tabel(wb.getSheet("Positie in de regio"), naam, "Opgave", r -> "regio", r -> t(r, "Opgave"), r -> t(r, "Peildatum"),
                    Map.of("Regio: gerealiseerd van opgave", "percentage"));
        }
    }

    private void maandpakket(Path p, String naam) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(p.toFile())) {
            Sheet g = wb.getSheet("Gemeenten");
            int kop = kopRij(g, "Gemeente");
            List<String> koppen = tekst(g.getRow(kop));
            for (int r = kop + 1; r <= g.getLastRowNum(); r++) {
                Map<String, Object> rij = rij(g, r, koppen);
                Object code = rij.get("Code");
                if (!(code instanceof String c) || !c.startsWith("GM")) continue;
                codes.put((String) rij.get("Gemeente"), c);
                for (String k : koppen) {
                    OPGAVE_IN_KOP.entrySet().stream().filter(e -> k.startsWith(e.getKey())).max(Map.Entry.comparingByKey())
                            .ifPresent(e -> {
                                String[] om = e.getValue().split("\\|");
                                String peildatum = k.substring(e.getKey().length());
                                if (!peildatum.matches(".*\\d{4}")) return; // "Asiel gerealiseerd": no peildatum
                                leg(c, om[0], peildatum, om[1], rij.get(k), naam + " Gemeenten " + k, false);
                            });
                }
            }
            Sheet s = wb.getSheet("Statushouders");
            String titel = s.getRow(0).getCell(0).getStringCellValue(); // "Statushouders 2e helft 2022: voortgang per gemeente"
            String halfjaar = titel.substring("Statushouders ".length(), titel.indexOf(':'));
            tabel(s, naam, "Gemeente", r -> codes.get(t(r, "Gemeente")), r -> "Statushouders", r -> halfjaar,
                    Map.of("Taakstelling", "opgave", "Gehuisvest", "gerealiseerd", "Percentage", "percentage",
                            "Nog te huisvesten", "gap"));
            tabel(s, naam, "Gemeente", r -> "Totaal".equals(t(r, "Gemeente")) ? "VR05" : null, r -> "Statushouders", r -> halfjaar,
                    Map.of("Taakstelling", "opgave", "Gehuisvest", "gerealiseerd", "Nog te huisvesten", "gap"));
            tabel(wb.getSheet("Overzicht"), naam, "Opgave", r -> t(r, "Prognose") == null || t(r, "Prognose").isEmpty() ? "VR05" : null,
                    r -> t(r, "Opgave"), r -> t(r, "Peildatum"),
                    Map.of("Opgave (aantal)", "opgave", "Beschikbaar op peildatum", "gerealiseerd", "Gap", "gap"));
            balans(wb.getSheet("Onder de streep"), wb.getSheet("Onder de streep gemeenten"));
        }
    }

    /** Tabel 2 (the region) and Tabel 3 (its gemeenten) of the maandpakket, added up per opgave. */
    private void balans(Sheet regio, Sheet gemeenten) {
        int kop = kopRij(regio, "Opgave");
        List<String> koppen = tekst(regio.getRow(kop));
        for (int r = kop + 1; r <= regio.getLastRowNum(); r++) {
            Map<String, Object> rij = rij(regio, r, koppen);
            if (!(rij.get("Opgave") instanceof String o) || !(rij.get("Saldo") instanceof BigDecimal saldo)) continue;
            regioBalans.put(o, new long[] {saldo.longValue(),
                    ((BigDecimal) rij.get("Ontvangen via uitwisseling")).longValue() - ((BigDecimal) rij.get("Ingezet voor andere opgave")).longValue(),
                    ((BigDecimal) rij.get("Saldo na uitwisseling")).longValue()});
        }
        assertThat(gemeenten).as("blad Onder de streep gemeenten").isNotNull();
        kop = kopRij(gemeenten, "Gemeente");
        koppen = tekst(gemeenten.getRow(kop));
        // per opgave, in Tabel 2's order, a column "<opgave> saldo" and one "<opgave> na uitwisseling"
        List<String> saldoKoppen = koppen.stream().filter(k -> k.endsWith(" saldo")).toList();
        assertThat(saldoKoppen).hasSameSizeAs(regioBalans.keySet());
        for (int r = kop + 1; r <= gemeenten.getLastRowNum(); r++) {
            Map<String, Object> rij = rij(gemeenten, r, koppen);
            if (!codes.containsKey(t(rij, "Gemeente"))) continue;
            int i = 0;
            for (String o : regioBalans.keySet()) {
                String kort = saldoKoppen.get(i++).replace(" saldo", "");
                long saldo = ((BigDecimal) rij.get(kort + " saldo")).longValue();
                long na = ((BigDecimal) rij.get(kort + " na uitwisseling")).longValue();
                long[] som = somGemeenten.computeIfAbsent(o, k -> new long[3]);
                som[0] += saldo;
                som[1] += na - saldo;
                som[2] += na;
            }
        }
    }

    private void prt(Path p, String naam) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(p.toFile())) {
            tabel(wb.getSheet("Positie"), naam, "Opgave",
                    r -> "Twente".equals(t(r, "Veiligheidsregio")) && (t(r, "Prognose") == null || t(r, "Prognose").isEmpty()) ? "VR05" : null,
                    r -> t(r, "Opgave"), r -> t(r, "Peildatum"),
                    Map.of("Opgave (aantal)", "opgave", "Beschikbaar op peildatum", "gerealiseerd", "Gap", "gap"));
        }
    }

    private void procesplan(Path p, String naam) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(p.toFile())) {
            Sheet b3 = wb.getSheet("Bijlage 3 statushouders");
            String titel = b3.getRow(0).getCell(0).getStringCellValue(); // "... huisvesting statushouders, 1e helft 2023"
            String halfjaar = titel.substring(titel.lastIndexOf(", ") + 2);
            int kop = kopRij(b3, "Gemeente");
            List<String> koppen = tekst(b3.getRow(kop));
            for (int r = kop + 1; r <= b3.getLastRowNum(); r++) {
                Map<String, Object> rij = rij(b3, r, koppen);
                if (rij.get("Code") instanceof String c && c.startsWith("GM")) {
                    leg(c, "Statushouders", halfjaar, "opgave", rij.get(koppen.get(3)), naam + " Bijlage 3 statushouders", false);
                }
            }
            // Bijlage 3 asiel: per peildatum a column as the COA prints it, then "berekend" and "quotum"
            Sheet a = wb.getSheet("Bijlage 3 asiel");
            kop = kopRij(a, "Gemeente");
            koppen = tekst(a.getRow(kop));
            for (int r = kop + 1; r <= a.getLastRowNum(); r++) {
                Map<String, Object> rij = rij(a, r, koppen);
                String code = codes.get(t(rij, "Gemeente"));
                if (code == null) continue;
                for (String k : koppen) {
                    if (k.matches(".*\\d{4}")) {
                        leg(code, "Asielzoekers (incl. AMV's)", k, "opgave", rij.get(k), naam + " Bijlage 3 asiel " + k, false);
                    }
                }
            }
        }
    }

    /**
     * A percentage figure of the gemeente printed in its factsheet PDF rounded another way: the
     * page prints the exact value's other neighbour at one decimal (117,647 as 117,7 beside 117,6),
     * and that printed value is no correct printing of another figure of the page.
     */
    private void factsheetPdf(Path p, String naam) throws IOException {
        String gemeente = naam.substring("factsheets/".length(), "factsheets/".length() + 6);
        StringBuilder tekst = new StringBuilder();
        try (PdfReader reader = new PdfReader(p.toString())) {
            PdfTextExtractor x = new PdfTextExtractor(reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) tekst.append(x.getTextFromPage(i)).append('\n');
        }
        Set<BigDecimal> gedrukt = new TreeSet<>();
        Matcher m = PROCENT.matcher(tekst);
        while (m.find()) gedrukt.add(new BigDecimal(m.group(1).replace(".", "").replace(',', '.')));
        Set<BigDecimal> juist = new TreeSet<>();
        exact.forEach((sleutel, v) -> {
            if ((sleutel.startsWith(gemeente + "|") || sleutel.startsWith("regio|")) && sleutel.endsWith("|percentage")) {
                juist.add(v.setScale(1, RoundingMode.HALF_UP));
            }
        });
        exact.forEach((sleutel, v) -> {
            if (!sleutel.startsWith(gemeente + "|") || !sleutel.endsWith("|percentage")) return;
            BigDecimal goed = v.setScale(1, RoundingMode.HALF_UP);
            for (BigDecimal anders : List.of(v.setScale(1, RoundingMode.FLOOR), v.setScale(1, RoundingMode.CEILING))) {
                if (anders.compareTo(goed) != 0 && gedrukt.contains(anders) && !juist.contains(anders)) {
                    tweeManieren.add(naam + ": " + sleutel + " = " + goed + " %, ook gedrukt als " + anders + " %");
                }
            }
        });
    }

    interface Veld {
        String van(Map<String, Object> rij);
    }

    private void tabel(Sheet blad, String bestand, String eersteKop, Veld gemeente, Veld opgave, Veld peildatum, Map<String, String> maten) {
        int kop = kopRij(blad, eersteKop);
        List<String> koppen = tekst(blad.getRow(kop));
        for (int r = kop + 1; r <= blad.getLastRowNum(); r++) {
            Map<String, Object> rij = rij(blad, r, koppen);
            String g = gemeente.van(rij);
            String o = opgave.van(rij);
            String pd = peildatum.van(rij);
            if (g == null || o == null || pd == null || o.isBlank() || pd.isBlank()) continue;
            for (Map.Entry<String, String> e : maten.entrySet()) {
                if (rij.containsKey(e.getKey())) {
                    leg(g, o, pd, e.getValue(), rij.get(e.getKey()), bestand + " " + blad.getSheetName() + " rij " + (r + 1),
                            Boolean.TRUE.equals(rij.get("%" + e.getKey())));
                }
            }
        }
    }

    /** Records a figure; a percentage cell (fraction) becomes its percentage, rounded once to one decimal. */
    private void leg(String gemeente, String opgave, String peildatum, String maat, Object waarde, String waar, boolean fractie) {
        if (!(waarde instanceof BigDecimal getal)) return;
        String tekst;
        if (maat.equals("percentage")) {
            BigDecimal pct = fractie ? getal.movePointRight(2) : getal;
            tekst = pct.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
            if (pct.scale() > 1) exact.put(gemeente + "|" + opgave + "|" + peildatum + "|" + maat, pct);
        } else {
            tekst = getal.stripTrailingZeros().toPlainString();
        }
        cijfers.computeIfAbsent(gemeente + "|" + opgave + "|" + peildatum + "|" + maat, k -> new TreeMap<>())
                .computeIfAbsent(tekst, k -> new TreeSet<>()).add(waar);
    }

    /** Row as header → value: text as String, numbers as BigDecimal; "%header" is true for a cell formatted as a percentage. */
    private static Map<String, Object> rij(Sheet blad, int r, List<String> koppen) {
        Map<String, Object> uit = new HashMap<>();
        Row rij = blad.getRow(r);
        if (rij == null) return uit;
        for (int k = 0; k < koppen.size(); k++) {
            Cell c = rij.getCell(k);
            if (c == null || koppen.get(k).isEmpty()) continue;
            if (c.getCellType() == CellType.NUMERIC && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)) {
                uit.put(koppen.get(k), MaandpakketAcceptatieTest.sleuteltekst(c)); // a peildatum as the documents print it
            } else if (c.getCellType() == CellType.NUMERIC) {
                uit.put(koppen.get(k), BigDecimal.valueOf(c.getNumericCellValue()));
                uit.put("%" + koppen.get(k), c.getCellStyle().getDataFormatString().contains("%"));
            } else if (c.getCellType() == CellType.STRING) {
                uit.put(koppen.get(k), c.getStringCellValue());
            }
        }
        return uit;
    }

    private static String t(Map<String, Object> rij, String kop) {
        return rij.get(kop) instanceof String s ? s : null;
    }

    private static int kopRij(Sheet blad, String eersteKop) {
        return ControlerapportAcceptatieTest.kopRij(blad, eersteKop);
    }

    private static List<String> tekst(Row rij) {
        List<String> uit = new ArrayList<>();
        for (int k = 0; k < rij.getLastCellNum(); k++) {
            Cell c = rij.getCell(k);
            uit.add(c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue().strip());
        }
        return uit;
    }
}
