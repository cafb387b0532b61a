package nl.regietafel.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Label;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Partij;

/**
 * Generates the shipped sample year under {@code input/}: reference data, the national documents
 * with their manifest and source profiles, and the 14 maandretouren of Twente for each month
 * from December 2022 to December 2023 (docs/voorbeeldjaar.md).
 *
 * <p>December 2022 has the figures of the procesplan <i>Twente Opvang Vluchtelingen</i> (dec.
 * 2022); where the procesplan gives only a total, the split is an assumption and the file says so.
 *
 * <p>Each later month M is made as the gemeenten would make it ({@link Voorbeeldjaar}): the
 * uitvraag form the tool sends for M, built by the tool's own code from the return of M−1 as the
 * tool reads it back, filled in by {@link Retourinvuller} after the {@link Jaarplan}, which
 * follows the procesplan's plans and milestones: the colleges' offers by the end of March 2023
 * (new regular asylum locations), new places opening from April on their dates, the CNO's
 * closing on theirs and the last one (Wierden) in July 2023, hotels for Oekraïners closing on 30-6
 * and 31-10-2023 and new gemeentelijke opvang replacing them, statushouders housed month by month
 * with some gemeenten behind at the end of a half year. During the year the circulaire for the
 * second half of 2023 (31-3-2023) and a new DG Oekraïne letter (15-6-2023) arrive
 * ({@link LandelijkJaar}); both are assumed and say so.
 *
 * <p>Deterministic: fixed document properties and fixed zip entry times, so regenerating gives
 * byte-identical files.
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *      nl.regietafel.sample.SampleMonthGenerator input [bronmap]
 * </pre>
 */
public final class SampleMonthGenerator {

    public static final String PEILMAAND = "2022-12";
    /** Fixed timestamp for document properties and zip entries. */
    static final LocalDateTime VASTE_TIJD = LocalDateTime.of(2023, 1, 5, 9, 0, 0);
    static final String MAKER = "Regietafel SampleMonthGenerator (voorbeelddata, reconstructie uit procesplan)";

    /**
     * Default source of the reference data: the copies the repository ships. An optional second
     * argument names another folder (e.g. a fresh copy of the project's shared data).
     */
    static final String BRON_REFERENTIE = "input/referentie";

    private SampleMonthGenerator() {
    }

    // ------------------------------------------------------------------------------------------
    // Twente: the 14 gemeenten with the procesplan's figures (Bijlage 3)
    // ------------------------------------------------------------------------------------------

    /**
     * @param naam CBS 2023 name (file name, return form)
     * @param bijlage3Naam name as in Bijlage 3 / Bijlage A circulaire
     * @param coaNaam name as in COA's informatieset (Bijlage 3, second table)
     */
    record Gem(String code, String naam, String bijlage3Naam, String coaNaam, String hoofdplaats, long inwoners,
               int taakstelling2023H1, int coa20230101, int coa20230401, int coa20231231) {

        String bestand() {
            return code + "-" + new Gemeente(code, naam, "VR05", "PV23").bestandsnaam() + ".xlsx";
        }
    }

    static final List<Gem> TWENTE = List.of(
            new Gem("GM0141", "Almelo", "Almelo", "Almelo", "Almelo", 73_155, 88, 202, 224, 250),
            new Gem("GM0147", "Borne", "Borne", "Borne", "Borne", 24_007, 29, 66, 74, 82),
            new Gem("GM1774", "Dinkelland", "Dinkelland", "Dinkelland", "Denekamp", 26_594, 32, 74, 82, 91),
            new Gem("GM0153", "Enschede", "Enschede", "Enschede", "Enschede", 160_640, 193, 445, 493, 548),
            new Gem("GM0158", "Haaksbergen", "Haaksbergen", "Haaksbergen", "Haaksbergen", 24_268, 30, 67, 74, 83),
            new Gem("GM0163", "Hellendoorn", "Hellendoorn", "Hellendoorn", "Nijverdal", 35_940, 43, 99, 110, 123),
            new Gem("GM0164", "Hengelo", "Hengelo (O.)", "Hengelo (O)", "Hengelo", 81_476, 98, 225, 250, 278),
            new Gem("GM1735", "Hof van Twente", "Hof van Twente", "Hof van Twente", "Goor", 35_056, 42, 97, 107, 120),
            new Gem("GM0168", "Losser", "Losser", "Losser", "Losser", 23_084, 28, 64, 71, 79),
            new Gem("GM0173", "Oldenzaal", "Oldenzaal", "Oldenzaal", "Oldenzaal", 31_741, 38, 88, 97, 108),
            new Gem("GM1742", "Rijssen-Holten", "Rijssen-Holten", "Rijssen-Holten", "Rijssen", 38_231, 46, 106, 117, 131),
            new Gem("GM0183", "Tubbergen", "Tubbergen", "Tubbergen", "Tubbergen", 21_364, 26, 59, 66, 73),
            new Gem("GM1700", "Twenterand", "Twenterand", "Twenterand", "Vriezenveen", 33_718, 41, 93, 103, 115),
            new Gem("GM0189", "Wierden", "Wierden", "Wierden", "Wierden", 24_643, 30, 68, 76, 84));

    // ------------------------------------------------------------------------------------------
    // Entry points
    // ------------------------------------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        Path doel = Path.of(args.length > 0 ? args[0] : "input");
        Path bron = Path.of(args.length > 1 ? args[1] : BRON_REFERENTIE);
        List<Path> geschreven = generate(doel, bron);
        geschreven.forEach(p -> System.out.println("geschreven: " + p));
        System.out.println(geschreven.size() + " bestanden in " + doel.toAbsolutePath().normalize());
    }

    /**
     * Writes the whole sample month into {@code doel}.
     *
     * @param bronReferentie folder holding the shared reference data (gemeenten CSV, minvws CSV,
     *                       SOURCES.md); normally {@code input/referentie}
     */
    public static List<Path> generate(Path doel, Path bronReferentie) throws IOException {
        List<Path> uit = new ArrayList<>();
        uit.addAll(referentie(doel.resolve("referentie"), bronReferentie));
        uit.addAll(Landelijk.schrijf(doel, vrNamen(bronReferentie), coaOpgaven(bronReferentie), LandelijkJaar.inwoners(bronReferentie)));
        uit.addAll(Retouren.schrijf(doel.resolve("retouren").resolve(PEILMAAND)));
        uit.addAll(Voorbeeldjaar.schrijf(doel, LandelijkJaar.inwoners(bronReferentie)));
        return uit;
    }

    // ------------------------------------------------------------------------------------------
    // 1. Reference data
    // ------------------------------------------------------------------------------------------

    static final String SOURCES_KOPREGEL =
            "> Copied from the project's shared data (`../shared/data/SOURCES.md`) by "
                    + "`nl.regietafel.sample.SampleMonthGenerator`; the text below is unchanged. "
                    + "File names refer to the copies in this folder.";

    static List<Path> referentie(Path map, Path bron) throws IOException {
        Files.createDirectories(map);
        List<Path> uit = new ArrayList<>();
        for (String f : List.of("gemeenten-alfabetisch-2023.csv", "minvws_gm_vr_population_count.csv", COA_OPGAVEN)) {
            Path p = map.resolve(f);
            Files.write(p, Files.readAllBytes(bron.resolve(f)));
            uit.add(p);
        }
        String sources = Files.readString(bron.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        if (!sources.startsWith(SOURCES_KOPREGEL)) {
            sources = SOURCES_KOPREGEL + "\n\n" + sources;
        }
        Path s = map.resolve("SOURCES.md");
        Files.writeString(s, sources, StandardCharsets.UTF_8);
        uit.add(s);

        StringBuilder csv = new StringBuilder();
        csv.append("# bron: procesplan Twente Opvang Vluchtelingen, Bijlage 3\n");
        csv.append("# peildatum: 2022-01-01\n");
        csv.append("# Inwoners zoals in Bijlage 3 (tabel taakstelling huisvesting statushouders 1e helft 2023,\n");
        csv.append("# daar ontleend aan Bijlage A van de circulaire). Het procesplan noemt zelf geen peildatum;\n");
        csv.append("# 2022-01-01 volgt uit SOURCES.md: dezelfde aantallen als CBS-bevolking op 1 januari 2022.\n");
        csv.append("# VR04 IJsselland = 1.171.910 (Subtotaal provincie Overijssel, Bijlage 3)\n");
        csv.append("#                 - 633.917 (Subtotaal Twente, Bijlage 3) = 537.993.\n");
        csv.append("# VR05 Twente en PV23 Overijssel zijn de som van hun delen.\n");
        csv.append("gebied,naam,inwoners\n");
        for (Gem g : TWENTE) {
            csv.append(g.code()).append(',').append(g.bijlage3Naam()).append(',').append(g.inwoners()).append('\n');
        }
        csv.append("VR04,IJsselland,537993\n");
        Path pop = map.resolve("populatie-procesplan-bijlage-3.csv");
        Files.writeString(pop, csv.toString(), StandardCharsets.UTF_8);
        uit.add(pop);
        return uit;
    }

    /** vrCode -> vrName from the minvws CSV (25 veiligheidsregio's). */
    /** COA's page "Provinciale verdeling van opvangplekken" (SOURCES.md, file 4): the opgaven per 1-1-2024. */
    static final String COA_OPGAVEN = "coa-provinciale-opgaven-2024-01-01.csv";

    /** One province of the COA page: the name as printed, its code, opgave incl. amv and amv per 1-1-2024. */
    record Provincieopgave(String naam, String code, long opgave, long amv) {
    }

    /** The twelve provinces of the COA page, by code; the page's own Totaal row is left out (the letter has its own). */
    static List<Provincieopgave> coaOpgaven(Path bron) throws IOException {
        List<Provincieopgave> uit = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(bron.resolve(COA_OPGAVEN), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (rec.get("ProvinciecodePV").isBlank()) continue;
                uit.add(new Provincieopgave(rec.get("provincie_zoals_bron"), rec.get("ProvinciecodePV"),
                        Long.parseLong(rec.get("opgave_incl_amv_2024_01_01")), Long.parseLong(rec.get("opgave_amv_2024_01_01"))));
            }
        }
        if (uit.size() != 12) throw new IllegalStateException("Verwacht 12 provincies in " + COA_OPGAVEN + ", gevonden " + uit.size());
        uit.sort(java.util.Comparator.comparing(Provincieopgave::code));
        return uit;
    }

    static Map<String, String> vrNamen(Path bron) throws IOException {
        Map<String, String> vr = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(bron.resolve("minvws_gm_vr_population_count.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                vr.put(rec.get("vrCode"), rec.get("vrName"));
            }
        }
        if (vr.size() != 25) {
            throw new IllegalStateException("Verwacht 25 veiligheidsregio's, gevonden " + vr.size());
        }
        return vr;
    }

    // ------------------------------------------------------------------------------------------
    // Workbook helpers
    // ------------------------------------------------------------------------------------------

    static final class Stijlen {
        final CellStyle titel;
        final CellStyle subtitel;
        final CellStyle kop;
        final CellStyle getal;
        final CellStyle getalVet;
        final CellStyle tekstVet;
        final CellStyle datum;
        final CellStyle tekst;
        final CellStyle wrap;

        Stijlen(XSSFWorkbook wb) {
            Font groot = wb.createFont();
            groot.setBold(true);
            groot.setFontHeightInPoints((short) 14);
            titel = wb.createCellStyle();
            titel.setFont(groot);

            Font cursief = wb.createFont();
            cursief.setItalic(true);
            subtitel = wb.createCellStyle();
            subtitel.setFont(cursief);

            Font vet = wb.createFont();
            vet.setBold(true);
            kop = wb.createCellStyle();
            kop.setFont(vet);
            kop.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            kop.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            kop.setBorderBottom(BorderStyle.THIN);
            kop.setWrapText(true);
            kop.setVerticalAlignment(VerticalAlignment.TOP);

            short duizend = wb.createDataFormat().getFormat("#,##0");
            getal = wb.createCellStyle();
            getal.setDataFormat(duizend);
            getalVet = wb.createCellStyle();
            getalVet.setDataFormat(duizend);
            getalVet.setFont(vet);
            tekstVet = wb.createCellStyle();
            tekstVet.setFont(vet);

            datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));

            tekst = wb.createCellStyle();
            tekst.setDataFormat(wb.createDataFormat().getFormat("@"));

            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    static XSSFWorkbook nieuwWerkboek(String titel, String onderwerp) {
        XSSFWorkbook wb = new XSSFWorkbook();
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date vast = Date.from(VASTE_TIJD.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(vast));
        core.setModified(Optional.of(vast));
        core.setCreator(MAKER);
        core.setLastModifiedByUser(MAKER);
        core.setTitle(titel);
        core.setSubjectProperty(onderwerp);
        core.setDescription("Voorbeeldmaand december 2022 van Regietafel; cijfers uit het procesplan Twente Opvang "
                + "Vluchtelingen, aannames vermeld in het bestand.");
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Regietafel (voorbeelddata)");
        return wb;
    }

    static void tekstCel(Row r, int kolom, String waarde, CellStyle stijl) {
        if (waarde == null) return;
        Cell c = r.createCell(kolom);
        c.setCellValue(waarde);
        if (stijl != null) c.setCellStyle(stijl);
    }

    static void getalCel(Row r, int kolom, Number waarde, CellStyle stijl) {
        if (waarde == null) return;
        Cell c = r.createCell(kolom);
        c.setCellValue(waarde.doubleValue());
        if (stijl != null) c.setCellStyle(stijl);
    }

    static void datumCel(Row r, int kolom, LocalDate waarde, CellStyle stijl) {
        if (waarde == null) return;
        Cell c = r.createCell(kolom);
        c.setCellValue(waarde);
        c.setCellStyle(stijl);
    }

    static Row kopregel(XSSFSheet sh, int rij, Stijlen st, String... koppen) {
        Row r = sh.createRow(rij);
        for (int i = 0; i < koppen.length; i++) {
            tekstCel(r, i, koppen[i], st.kop);
        }
        return r;
    }

    static void breedtes(XSSFSheet sh, int... tekens) {
        for (int i = 0; i < tekens.length; i++) {
            sh.setColumnWidth(i, tekens[i] * 256);
        }
    }

    /** A sheet {@code Toelichting} with one paragraph per row (ignored by the reader). */
    static void toelichting(XSSFWorkbook wb, Stijlen st, String kop, List<String> regels) {
        XSSFSheet sh = wb.createSheet("Toelichting");
        sh.setColumnWidth(0, 110 * 256);
        tekstCel(sh.createRow(0), 0, kop, st.titel);
        int i = 2;
        for (String regel : regels) {
            Row r = sh.createRow(i++);
            tekstCel(r, 0, regel, st.wrap);
            r.setHeightInPoints(15f * Math.max(1, (regel.length() / 105) + 1));
        }
    }

    /** Writes the workbook with fixed zip entry times, so that regenerating gives identical bytes. */
    static Path bewaar(XSSFWorkbook wb, Path pad) throws IOException {
        Files.createDirectories(pad.getParent());
        ByteArrayOutputStream ruw = new ByteArrayOutputStream();
        wb.write(ruw);
        wb.close();
        Files.write(pad, normaliseerZip(ruw.toByteArray()));
        return pad;
    }

    static byte[] normaliseerZip(byte[] zip) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(uit)) {
            out.setLevel(6);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(VASTE_TIJD);
                out.putNextEntry(n);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return uit.toByteArray();
    }

    static String yq(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String ylijst(String... s) {
        return "[" + String.join(", ", Arrays.stream(s).map(SampleMonthGenerator::yq).toList()) + "]";
    }

    // ------------------------------------------------------------------------------------------
    // 2. National documents, manifest and source profiles
    // ------------------------------------------------------------------------------------------

    /** One figure column of a source profile. */
    record Kolom(String kop, List<String> synoniemen, String opgave, String peildatum, String scenario) {
        static Kolom van(String kop, String opgave, String peildatum, String... extraSynoniemen) {
            List<String> syn = new ArrayList<>();
            syn.add(kop);
            syn.addAll(List.of(extraSynoniemen));
            return new Kolom(kop, syn, opgave, peildatum, null);
        }

        Kolom scenario(String s) {
            return new Kolom(kop, synoniemen, opgave, peildatum, s);
        }
    }

    /** A national document: provenance (manifest), profile and the workbook layout. */
    record Document(String bestand, String profiel, String titel, String kenmerk, LocalDate datum, String uitgever,
                    List<String> manifestOpmerkingen, String profielOmschrijving, String blad,
                    List<String> codeKoppen, List<String> naamKoppen, String niveau, List<Kolom> kolommen) {
    }

    static final class Landelijk {

        static List<Path> schrijf(Path doel, Map<String, String> vrNamen, List<Provincieopgave> provincies,
                                 Map<String, Long> inwoners) throws IOException {
            Path landelijk = doel.resolve("landelijk");
            Path profielen = doel.resolve("profielen");
            Files.createDirectories(landelijk);
            Files.createDirectories(profielen);
            List<Path> uit = new ArrayList<>();
            List<Document> docs = new ArrayList<>();

            docs.add(bzk(landelijk, uit, provincies));
            docs.add(prt(landelijk, uit));
            docs.add(circulaire(landelijk, uit));
            docs.add(veiligheidsberaad(landelijk, uit));
            docs.add(dgOekraine(landelijk, uit, vrNamen));
            docs.add(prognoseOekraine(landelijk, uit));
            docs.add(coa(landelijk, uit));
            docs.add(kennispunt(landelijk, uit));
            // arriving during the year; a period's package uses them from their date on
            docs.add(LandelijkJaar.circulaire2023H2(landelijk, uit, inwoners));
            docs.add(LandelijkJaar.oekraineBrief(landelijk, uit, vrNamen));

            StringBuilder m = new StringBuilder();
            // three header lines, as before the year: tests point at entries by line number
            m.append("# Landelijke documenten van het voorbeeldjaar dec. 2022 - dec. 2023 (de laatste twee komen in 2023 binnen).\n");
            m.append("# Gegenereerd door nl.regietafel.sample.SampleMonthGenerator; cijfers uit het procesplan\n");
            m.append("# Twente Opvang Vluchtelingen (dec. 2022). Kenmerk leeg waar het procesplan er geen noemt.\n");
            m.append("documenten:\n");
            for (Document d : docs) {
                m.append("  - bestand: ").append(d.bestand()).append('\n');
                m.append("    profiel: ").append(d.profiel()).append('\n');
                m.append("    titel: ").append(yq(d.titel())).append('\n');
                m.append("    kenmerk: ").append(yq(d.kenmerk())).append('\n');
                m.append("    datum: ").append(d.datum()).append('\n');
                m.append("    uitgever: ").append(yq(d.uitgever())).append('\n');
                for (String o : d.manifestOpmerkingen()) {
                    m.append("    # ").append(o).append('\n');
                }
            }
            Path manifest = landelijk.resolve("documenten.yaml");
            Files.writeString(manifest, m.toString(), StandardCharsets.UTF_8);
            uit.add(manifest);

            for (Document d : docs) {
                Path p = profielen.resolve(d.profiel() + ".yaml");
                Files.writeString(p, profiel(d), StandardCharsets.UTF_8);
                uit.add(p);
            }
            return uit;
        }

        static String profiel(Document d) {
            StringBuilder y = new StringBuilder();
            y.append("naam: ").append(d.profiel()).append('\n');
            y.append("omschrijving: ").append(yq(d.profielOmschrijving())).append('\n');
            y.append("blad: ").append(ylijst(d.blad())).append('\n');
            y.append("kopregel-uiterlijk-rij: 30\n");
            y.append("# Grootste aannemelijke cijfer: landelijke totalen gaan boven de 100.000 van een gemeente.\n");
            y.append("maximum: 1000000\n");
            y.append("gebied:\n");
            if (!d.codeKoppen().isEmpty()) {
                y.append("  code: ").append(ylijst(d.codeKoppen().toArray(String[]::new))).append('\n');
            }
            if (!d.naamKoppen().isEmpty()) {
                y.append("  naam: ").append(ylijst(d.naamKoppen().toArray(String[]::new))).append('\n');
            }
            y.append("  niveau: ").append(d.niveau()).append('\n');
            y.append("totaalregels: ").append(ylijst("Totaal", "Subtotaal")).append('\n');
            y.append("cijfers:\n");
            for (Kolom k : d.kolommen()) {
                y.append("  - kolom: ").append(ylijst(k.synoniemen().toArray(String[]::new))).append('\n');
                y.append("    opgave: ").append(k.opgave()).append('\n');
                y.append("    peildatum: ").append(yq(k.peildatum())).append('\n');
                if (k.scenario() != null) {
                    y.append("    scenario: ").append(k.scenario()).append('\n');
                }
            }
            return y.toString();
        }

        /** Writes title lines, the header row and returns the next row index. */
        static int kop(XSSFSheet sh, Stijlen st, List<String> titels, int kopRij, String... koppen) {
            for (int i = 0; i < titels.size(); i++) {
                tekstCel(sh.createRow(i), 0, titels.get(i), i == 0 ? st.titel : st.subtitel);
            }
            kopregel(sh, kopRij, st, koppen);
            sh.createFreezePane(0, kopRij + 1);
            return kopRij + 1;
        }

        /** Data row: optional code (null = no code column, "" = empty code cell), name, then figures. */
        static void rij(XSSFSheet sh, Stijlen st, int rij, String code, String naam, boolean totaal, Number... cijfers) {
            Row r = sh.createRow(rij);
            int k = 0;
            if (code != null) {
                if (!code.isEmpty()) tekstCel(r, k, code, st.tekst); // "" = code column present, cell left empty
                k++;
            }
            tekstCel(r, k++, naam, totaal ? st.tekstVet : null);
            for (Number n : cijfers) {
                getalCel(r, k++, n, totaal ? st.getalVet : st.getal);
            }
        }

        // a. BZK letter 28-11-2022 -----------------------------------------------------------
        static Document bzk(Path map, List<Path> uit, List<Provincieopgave> provincies) throws IOException {
            List<Kolom> kol = List.of(
                    Kolom.van("Benodigde opvangcapaciteit per 1-1-2023", "ASIEL", "2023-01-01", "Capaciteitsbehoefte 1-1-2023"),
                    Kolom.van("Benodigde opvangcapaciteit per 1-1-2024", "ASIEL", "2024-01-01", "Capaciteitsbehoefte 1-1-2024"),
                    Kolom.van("waarvan AMV per 1-1-2023", "ASIEL_AMV", "2023-01-01", "AMV 1-1-2023"),
                    Kolom.van("waarvan AMV per 1-1-2024", "ASIEL_AMV", "2024-01-01", "AMV 1-1-2024"),
                    Kolom.van("Huisvesting minderjarige statushouders (Nidos) 2024", "STATUSHOUDERS_AMV", "2024-01-01",
                            "Minderjarige statushouders 2024"));
            Document d = new Document("bzk-brief-2022-11-28-capaciteitsbehoefte-asielopvang.xlsx",
                    "bzk-capaciteitsbehoefte-asielopvang",
                    "Brief bijgestelde capaciteitsbehoefte asielopvang, ondertekend door E. v.d. Burg en H.M. de Jonge",
                    "", LocalDate.of(2022, 11, 28), "Ministerie van BZK",
                    List.of("Procesplan voetnoot 2 en 3-6, 9; het procesplan noemt geen kenmerk."),
                    "Bijlage bij de brief capaciteitsbehoefte asielopvang: behoefte per provincie (met code)",
                    "Capaciteitsbehoefte", List.of("Code", "Provinciecode"), List.of("Provincie", "Gebied"),
                    "PROVINCIE", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Capaciteitsbehoefte asielopvang per provincie");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            int r = kop(sh, st, List.of("Bijgestelde capaciteitsbehoefte asielopvang",
                            "Bijlage bij de brief van 28 november 2022 aan de colleges van B&W (ministerie van BZK / staatssecretaris J&V)",
                            "Aantal benodigde opvangplekken COA per provincie, verdeeld met de in de LRT afgesproken verdeelsleutel"),
                    4, "Code", "Provincie", kol.get(0).kop(), kol.get(1).kop(), kol.get(2).kop(), kol.get(3).kop(), kol.get(4).kop());
            for (Provincieopgave p : provincies) {
                if (p.code().equals("PV23")) {
                    // Overijssel as the procesplan gives it; its 1-1-2024 figures equal the COA page's (4.001 and 339).
                    if (p.opgave() != 4_001 || p.amv() != 339) throw new IllegalStateException("Overijssel wijkt af van het procesplan: " + p);
                    rij(sh, st, r++, "PV23", p.naam(), false, 3_500, 4_001, 246, 339, 213);
                } else {
                    rij(sh, st, r++, p.code(), p.naam(), false, null, p.opgave(), null, p.amv(), null);
                }
            }
            rij(sh, st, r, "NL", "Nederland", true, 61_200, 75_500, 3_700, 5_100, 3_200);
            breedtes(sh, 8, 16, 22, 22, 20, 20, 26);
            sh.getRow(4).setHeightInPoints(45);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Reconstructie van de bijlage bij de brief van 28 november 2022 (BZK, ondertekend door E. v.d. Burg en H.M. de Jonge) "
                            + "uit het procesplan Twente Opvang Vluchtelingen, §2.1, Tabel 2.2 en voetnoten 2-6 en 9.",
                    "Overijssel en het landelijke totaal komen uit het procesplan. De opgaven per 1-1-2024 (inclusief amv, en amv) van de "
                            + "andere elf provincies komen van de COA-pagina 'Provinciale verdeling van opvangplekken' "
                            + "(referentie/coa-provinciale-opgaven-2024-01-01.csv, herkomst in referentie/SOURCES.md); hun cijfers per 1-1-2023 "
                            + "en voor Nidos staan niet in die bronnen en zijn leeg gelaten.",
                    "De twaalf provincies tellen op tot 75.499 plekken; de brief (procesplan §2.1) en de COA-pagina noemen allebei 75.500. "
                            + "Voor amv tellen ze op tot 5.088 (zo ook het totaal op de COA-pagina); de brief noemt landelijk 5.100 (voetnoot 6). "
                            + "Beide totalen staan hier zoals de bron ze geeft; de controles melden de verschillen.",
                    "Asielopvang: landelijk 61.200 plekken per 1-1-2023 en 75.500 per 1-1-2024; Overijssel 3.500 resp. 4.001 (voetnoot 3 en 4).",
                    "AMV: landelijk 3.700 per 1-1-2023 en 5.100 per 1-1-2024; Overijssel 246 resp. 339. Voetnoot 5 schrijft bij 3.700 '1-1-'24'; "
                            + "§2.1 noemt 3.700 per 1 januari 2023. Hier is §2.1 gevolgd.",
                    "Minderjarige statushouders (Nidos): landelijk 3.200, Overijssel 213 (voetnoot 9). Het procesplan zet dit cijfer in de kolom 2024; "
                            + "peildatum hier daarom 1-1-2024.",
                    "Het procesplan noemt geen kenmerk van de brief; het kenmerk is daarom leeg gelaten."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }

        // b. PRT Overijssel split (Tabel 2.1) ------------------------------------------------------
        static Document prt(Path map, List<Path> uit) throws IOException {
            List<Kolom> kol = List.of(
                    Kolom.van("1-4-'23", "ASIEL", "2023-04-01", "1-4-2023", "01-04-2023"),
                    Kolom.van("1-1-'24", "ASIEL", "2024-01-01", "1-1-2024", "01-01-2024"));
            Document d = new Document("prt-overijssel-verdeling-per-veiligheidsregio.xlsx",
                    "prt-overijssel-verdeling-veiligheidsregio",
                    "Verdeling opgave asielopvang per veiligheidsregio, zoals vastgesteld aan de PRT Overijssel",
                    "", LocalDate.of(2022, 12, 8), "Provinciale Regietafel Overijssel",
                    List.of("Datum aangenomen: het procesplan (Tabel 2.1) noemt geen datum."),
                    "Verdeling van de provinciale opgave over de veiligheidsregio's (alleen namen)",
                    "Verdeling VR", List.of(), List.of("Veiligheidsregio", "Regio"), "VEILIGHEIDSREGIO", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Verdeling opgave asielzoekers Overijssel");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            int r = kop(sh, st, List.of("Provinciale Regietafel Overijssel",
                            "Verdeling opgave opvang asielzoekers per veiligheidsregio (op basis van inwoneraantal)"),
                    3, "Veiligheidsregio", kol.get(0).kop(), kol.get(1).kop());
            rij(sh, st, r++, null, "IJsselland", false, 1_650, 1_837);
            rij(sh, st, r++, null, "Twente", false, 1_944, 2_164);
            rij(sh, st, r, null, "Totaal Overijssel", true, 3_593, 4_001);
            breedtes(sh, 24, 12, 12);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Reconstructie van Tabel 2.1 van het procesplan Twente Opvang Vluchtelingen ('zoals vastgesteld aan de PRT').",
                    "De cijfers zijn exact overgenomen, ook 1.650 + 1.944 = 3.594 tegenover het totaal 3.593 per 1-4-'23: "
                            + "die afwijking staat zo in het procesplan en is bewust niet gecorrigeerd (de controles moeten haar melden).",
                    "De datum 8 december 2022 is aangenomen; het procesplan noemt geen datum van het PRT-besluit."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }

        // c. Circulaire taakstelling 1e helft 2023, Bijlage A ---------------------------------------
        static Document circulaire(Path map, List<Path> uit) throws IOException {
            List<Kolom> kol = List.of(Kolom.van("Taakstelling 1e helft 2023", "STATUSHOUDERS", "2023-1", "Taakstelling"));
            Document d = new Document("circulaire-taakstelling-2023-1-bijlage-a.xlsx",
                    "circulaire-taakstelling-bijlage-a",
                    "Bijlage A circulaire taakstelling huisvesting vergunninghouders 1e helft 2023",
                    "TAAKSTELLING_21.200", LocalDate.of(2022, 9, 30), "Ministerie van BZK",
                    List.of("Kenmerk = bestandstitel in de bronregel van Bijlage 3 van het procesplan."),
                    "Bijlage A bij de circulaire taakstelling (met gemeentecodes)",
                    "Bijlage A", List.of("Gemeentecode", "CBS-code", "Code"), List.of("Gemeente", "Gemeentenaam", "Naam"),
                    "GEMEENTE", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Taakstelling huisvesting vergunninghouders per gemeente");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            int r = kop(sh, st, List.of("Bijlage A bij de circulaire taakstelling huisvesting vergunninghouders eerste helft 2023",
                            "Taakstelling per gemeente, 1 januari 2023 tot en met 30 juni 2023 (landelijk 21.200)"),
                    3, "Gemeentecode", "Gemeente", "Inwoners", kol.get(0).kop());
            for (Gem g : TWENTE) {
                rij(sh, st, r++, g.code().substring(2), g.bijlage3Naam(), false, g.inwoners(), g.taakstelling2023H1());
            }
            rij(sh, st, r++, "", "Subtotaal Twente", true, 633_917, 764);
            rij(sh, st, r++, "", "Subtotaal provincie Overijssel", true, 1_171_910, 1_413);
            rij(sh, st, r, "", "Totaal Nederland", true, 17_590_672, 21_200);
            breedtes(sh, 14, 30, 12, 16);
            sh.getRow(3).setHeightInPoints(30);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Reconstructie van Bijlage A van de circulaire taakstelling 1e helft 2023 uit Bijlage 3 van het procesplan "
                            + "(bron daar: 'Bijlage A circulaire 1e helft 2023 _TAAKSTELLING_21.200').",
                    "Alleen de 14 Twentse gemeenten staan erin; de overige gemeenten van Overijssel en Nederland zijn weggelaten "
                            + "(niet in het procesplan). De subtotalen 764 (Twente) en 1.413 (Overijssel) en het landelijke totaal 21.200 "
                            + "zijn die van het procesplan.",
                    "Inwoners: Bijlage 3 (633.917 Twente, 1.171.910 Overijssel). Inwoners Nederland (17.590.672) zijn niet uit het "
                            + "procesplan maar de som van minvws_gm_vr_population_count.csv (CBS 1-1-2022, zie referentie/SOURCES.md).",
                    "Gemeentecodes zonder 'GM' (vier cijfers), zoals in de circulaire gebruikelijk. "
                            + "Datum 30-09-2022 van de circulaire; het procesplan zegt 'sinds eind oktober weten we de taakstelling'."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }

        // (extra) Veiligheidsberaad March 2022 --------------------------------------------------
        static Document veiligheidsberaad(Path map, List<Path> uit) throws IOException {
            List<Kolom> kol = List.of(Kolom.van("Opvangplekken Oekraïense ontheemden", "OEKRAINE", "2022-04-01", "Opvangplekken"));
            Document d = new Document("veiligheidsberaad-2022-03-opvang-oekraine.xlsx",
                    "veiligheidsberaad-opvang-oekraine",
                    "Besluit Veiligheidsberaad maart 2022: 75.000 opvangplekken Oekraïense ontheemden",
                    "", LocalDate.of(2022, 3, 31), "Veiligheidsberaad",
                    List.of("Datum aangenomen: het procesplan zegt alleen 'maart 2022'. Peildatum 1-4-2022 aangenomen."),
                    "Verdeling opvangplekken Oekraïne per veiligheidsregio (alleen namen)",
                    "Opvang Oekraine", List.of(), List.of("Veiligheidsregio", "Regio"), "VEILIGHEIDSREGIO", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Opvang Oekraïense ontheemden per veiligheidsregio");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            int r = kop(sh, st, List.of("Veiligheidsberaad",
                            "Opvang ontheemden uit Oekraïne: te realiseren opvangplekken (maart 2022)"),
                    3, "Veiligheidsregio", kol.get(0).kop());
            rij(sh, st, r++, null, "Twente", false, 3_000);
            rij(sh, st, r, null, "Totaal Nederland", true, 75_000);
            breedtes(sh, 26, 22);
            sh.getRow(3).setHeightInPoints(30);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Procesplan §2.1: 'Het Veiligheidsberaad heeft in maart 2022 ingestemd met de vraag van het kabinet om 75.000 "
                            + "opvangplekken te realiseren; 3.000 opvangplekken voor de Veiligheidsregio Twente.'",
                    "Alleen Twente en het landelijke totaal staan in het procesplan; de andere 24 veiligheidsregio's zijn weggelaten.",
                    "De exacte datum is aangenomen (31-3-2022); peildatum 1-4-2022 (begin van de wettelijke taak van burgemeesters) is aangenomen."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }

        // d. DG Oekraïne letter 16-12-2022 -------------------------------------------------------
        static Document dgOekraine(Path map, List<Path> uit, Map<String, String> vrNamen) throws IOException {
            List<Kolom> kol = List.of(Kolom.van("Benodigde opvangplekken per 1-7-2023", "OEKRAINE", "2023-07-01",
                    "Opvangplekken per 1-7-2023", "Opvangplekken"));
            Document d = new Document("dg-oekraine-brief-2022-12-16-opvangplekken-per-veiligheidsregio.xlsx",
                    "dg-oekraine-verdeling-veiligheidsregio",
                    "Brief DG Oekraïne aan burgemeesters en voorzitters veiligheidsregio's: benodigde opvangplekken Oekraïense ontheemden",
                    "", LocalDate.of(2022, 12, 16), "DG Oekraïne",
                    List.of("Procesplan voetnoot 10; het procesplan noemt geen kenmerk."),
                    "Opvangplekken Oekraïense ontheemden per veiligheidsregio (alleen namen; 'Totaal' = landelijk)",
                    "Verdeling", List.of(), List.of("Veiligheidsregio", "Regio"), "VEILIGHEIDSREGIO", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Opvang Oekraïense ontheemden per veiligheidsregio");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            int r = kop(sh, st, List.of("Opvang ontheemden uit Oekraïne",
                            "Bijlage bij de brief van 16 december 2022 aan burgemeesters en voorzitters van de veiligheidsregio's",
                            "Benodigde opvangcapaciteit per veiligheidsregio per 1 juli 2023 (landelijk 90.000)"),
                    4, "Veiligheidsregio", kol.get(0).kop());
            for (String naam : vrNamen.values()) {
                rij(sh, st, r++, null, naam, false, 3_600);
            }
            rij(sh, st, r, null, "Totaal", true, 90_000);
            breedtes(sh, 30, 22);
            sh.getRow(4).setHeightInPoints(30);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Reconstructie uit het procesplan §2.1 en voetnoot 10: brief van 16 december 2022 van DG Oekraïne aan de "
                            + "burgemeesters en de voorzitters van de veiligheidsregio's; landelijk 90.000 plekken per 1-7-2023, ca. 3.600 voor Twente.",
                    "De verdeling over alle 25 veiligheidsregio's is de gelijke verdeling 90.000 / 25 = 3.600; het procesplan noemt alleen "
                            + "Twente. Namen van de veiligheidsregio's uit minvws_gm_vr_population_count.csv (kolom vrName).",
                    "De regel 'Totaal' is het landelijke totaal (Nederland)."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }

        // e. Landelijke prognose Oekraïne (fn 11) ------------------------------------------------
        static Document prognoseOekraine(Path map, List<Path> uit) throws IOException {
            List<Kolom> kol = List.of(Kolom.van("Prognose Oekraïense ontheemden 2024", "OEKRAINE", "2024-01-01", "Prognose 2024"));
            Document d = new Document("landelijke-prognose-oekraine-2024.xlsx",
                    "prognose-oekraine-landelijk",
                    "Landelijke prognose groei naar 120.000 Oekraïense vluchtelingen",
                    "", LocalDate.of(2022, 12, 16), "Landelijke prognose (procesplan voetnoot 11; uitgever niet genoemd)",
                    List.of("Uitgever en datum niet in het procesplan; datum aangenomen (die van de brief DG Oekraïne)."),
                    "Landelijke prognose opvang Oekraïense ontheemden (één regel Nederland)",
                    "Prognose", List.of(), List.of("Gebied", "Land"), "LAND", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Prognose opvang Oekraïense ontheemden");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            int r = kop(sh, st, List.of("Landelijke prognose opvang Oekraïense ontheemden",
                            "Verwachte groei, bij gelijke verdeling over de 25 veiligheidsregio's"),
                    3, "Gebied", kol.get(0).kop());
            rij(sh, st, r, null, "Nederland", false, 120_000);
            breedtes(sh, 20, 26);
            sh.getRow(3).setHeightInPoints(30);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Bron is voetnoot 11 van het procesplan: 'Landelijke prognose van groei naar 120.000 Oekraïense vluchtelingen en "
                            + "gelijke verdeling over 25 veiligheidsregio's' (120.000 / 25 = 4.800 voor Twente, Tabel 2.2 kolom 2024).",
                    "Het procesplan noemt geen uitgever, kenmerk of datum van deze prognose. De uitgever is daarom als 'Landelijke prognose' "
                            + "opgenomen, het kenmerk leeg gelaten en de datum (16-12-2022) aangenomen. Peildatum 1-1-2024 volgt de kolom 2024."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }

        // f. COA informatieset regioplannen, Bijlage Regioplan Overijssel --------------------------
        static Document coa(Path map, List<Path> uit) throws IOException {
            List<Kolom> kol = List.of(
                    Kolom.van("01-01-23", "ASIEL", "2023-01-01", "1-1-2023"),
                    Kolom.van("01-04-23", "ASIEL", "2023-04-01", "1-4-2023"),
                    Kolom.van("31-12-23", "ASIEL", "2023-12-31", "31-12-2023"));
            Document d = new Document("coa-informatieset-regioplannen-bijlage-overijssel.xlsx",
                    "coa-informatieset-regioplan",
                    "Informatieset regioplannen, Bijlage Regioplan Overijssel: indicatie opgave per gemeente",
                    "", LocalDate.of(2022, 11, 30), "COA",
                    List.of("Datum aangenomen: het procesplan (Bijlage 3) noemt geen datum van de informatieset."),
                    "COA informatieset regioplannen: indicatieve opgave asielopvang per gemeente (alleen namen, COA-spelling)",
                    "Regioplan Overijssel", List.of(), List.of("Gemeente", "Gemeentenaam"), "GEMEENTE", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Indicatie opgave asielopvang per gemeente");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            int r = kop(sh, st, List.of("Informatieset regioplannen COA",
                            "Bijlage Regioplan Overijssel: indicatie opgave per gemeente, veiligheidsregio Twente"),
                    3, "Gemeente", kol.get(0).kop(), kol.get(1).kop(), kol.get(2).kop());
            Row boven = sh.createRow(2);
            tekstCel(boven, 1, "Indicatie opgave", st.tekstVet);
            sh.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
            for (Gem g : TWENTE) {
                rij(sh, st, r++, null, g.coaNaam(), false, g.coa20230101(), g.coa20230401(), g.coa20231231());
            }
            rij(sh, st, r, null, "Totaal Twente", true, 1_754, 1_944, 2_164);
            breedtes(sh, 20, 11, 11, 11);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Reconstructie uit Bijlage 3 van het procesplan (tabel 'Indicatie opgave', bron: Informatieset regioplannen COA, "
                            + "Bijlage Regioplan Overijssel). Alleen de Twentse gemeenten; IJsselland is weggelaten (niet in het procesplan).",
                    "Namen in COA-spelling ('Hengelo (O)'). De cijfers zijn exact overgenomen, ook de totalen: de gemeenten tellen op tot "
                            + "1.753 (01-01-23), 1.944 (01-04-23) en 2.165 (31-12-23) tegenover de totalen 1.754, 1.944 en 2.164 in het "
                            + "procesplan. Die afwijkingen zijn bewust niet gecorrigeerd.",
                    "De datum van de informatieset (30-11-2022) is aangenomen."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }

        // g. Kennispunt Twente prognose statushouders ----------------------------------------------
        static Document kennispunt(Path map, List<Path> uit) throws IOException {
            List<Kolom> kol = List.of(
                    Kolom.van("2e helft 2023 laag", "STATUSHOUDERS", "2023-2").scenario("laag"),
                    Kolom.van("2e helft 2023 midden", "STATUSHOUDERS", "2023-2").scenario("midden"),
                    Kolom.van("2e helft 2023 hoog", "STATUSHOUDERS", "2023-2").scenario("hoog"),
                    Kolom.van("2024 laag", "STATUSHOUDERS", "2024").scenario("laag"),
                    Kolom.van("2024 midden", "STATUSHOUDERS", "2024").scenario("midden"),
                    Kolom.van("2024 hoog", "STATUSHOUDERS", "2024").scenario("hoog"));
            Document d = new Document("kennispunt-twente-prognose-statushouders-2023-2024.xlsx",
                    "kennispunt-twente-prognose-statushouders",
                    "Prognose te huisvesten statushouders regio Twente 2023-2024 (scenario's laag, midden, hoog)",
                    "", LocalDate.of(2022, 12, 1), "Kennispunt Twente",
                    List.of("Datum aangenomen; procesplan voetnoot 7 en 8. Laag en hoog aangenomen."),
                    "Prognose statushouders per scenario (regio, alleen namen)",
                    "Prognose statushouders", List.of(), List.of("Regio", "Veiligheidsregio"), "VEILIGHEIDSREGIO", kol);
            XSSFWorkbook wb = nieuwWerkboek(d.titel(), "Prognose statushouders Twente");
            Stijlen st = new Stijlen(wb);
            XSSFSheet sh = wb.createSheet(d.blad());
            String[] koppen = new String[1 + kol.size()];
            koppen[0] = "Regio";
            for (int i = 0; i < kol.size(); i++) koppen[i + 1] = kol.get(i).kop();
            int r = kop(sh, st, List.of("Kennispunt Twente",
                            "Prognose te huisvesten statushouders regio Twente, in opdracht van de Twentse Regietafel Asielinstroom",
                            "2e helft 2023: na de taakstelling 1e helft 2023 (764); 2024: bij gelijkblijvende taakstelling"),
                    4, koppen);
            rij(sh, st, r, null, "Twente", false, 640, 786, 950, 1_300, 1_550, 1_900);
            breedtes(sh, 14, 13, 13, 13, 13, 13, 13);
            sh.getRow(4).setHeightInPoints(30);
            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Procesplan Tabel 2.2 met voetnoten 7 en 8: Kennispunt Twente gaf in opdracht een prognose over heel 2023 in drie "
                            + "scenario's (laag, midden, hoog). Midden 2023 = 1.550: 764 (taakstelling 1e helft 2023) + 786 (2e helft, 'ca. 800').",
                    "2024 midden = 1.550: 'prognose bij gelijkblijvende taakstelling '23-'24' (voetnoot 8).",
                    "De scenario's laag (640; 1.300) en hoog (950; 1.900) staan niet in het procesplan en zijn aangenomen. "
                            + "De datum van de prognose (1-12-2022) is eveneens aangenomen."));
            uit.add(bewaar(wb, map.resolve(d.bestand())));
            return d;
        }
    }

    // ------------------------------------------------------------------------------------------
    // 3. Maandretouren December 2022
    // ------------------------------------------------------------------------------------------

    record Loc(String naam, String plaats, Doelgroep doelgroep, LocatieSoort soort, int capaciteit, int bezetting,
               LocatieStatus status, LocalDate openVanaf, LocalDate beschikbaarTot, String toelichting, String gedeeldMet) {
    }

    record Kp(String onderwerp, String omschrijving, Partij gevraagdVan) {
    }

    /**
     * Statushouders per gemeente: achterstand begin 2022-2, achterstand begin 2023-1 (negative =
     * voorsprong). Gehuisvest 2022-2 follows: taakstelling + achterstand 2022-2 - achterstand 2023-1.
     */
    record Sh(int achterstand2022H2, int achterstand2023H1, String instrumenten2022, String instrumenten2023) {
    }

    static final class Retouren {

        static final String T_AZC = "Reguliere COA-opvang. De verdeling van de 794 reguliere plekken (procesplan §2.2, §3.2) "
                + "over de drie AZC's is aangenomen, evenals bezetting en data.";
        static final String T_CNO = "CNO volgens Bijlage 4 van het procesplan (bron VRT). Bezetting en data aangenomen.";
        static final String T_CNO_DICHT = "CNO volgens Bijlage 4 (379 plekken gerealiseerd); §2.2 telt 343 beschikbare plekken "
                + "(dec. '22). Welke locaties (samen 36 plekken) gesloten zijn, is aangenomen.";
        static final String T_OEKR = "Het procesplan geeft alleen het Twentse totaal (2.790 plekken, Tabel 2.2); de verdeling over "
                + "gemeenten en locaties is aangenomen (ongeveer naar inwonertal, met verschillen zoals §3.4 beschrijft). Alle 2.790 "
                + "plekken zijn aangenomen als gemeentelijke opvang (ook de kleinschalige opvang in woningen), omdat alleen die voor de "
                + "landelijke opgave telt; opvang bij gastgezinnen (Particulier) telt niet mee en staat niet in deze voorbeeldretour.";
        static final String T_PIJP = "Plan in voorbereiding: aangenomen voorbeeld, niet uit het procesplan.";

        static final String[] KOPPEN_LOC = {"Locatie-id", "Naam", "Plaats", "Doelgroep", "Soort", "Capaciteit", "Bezetting",
                "Status", "Open vanaf", "Beschikbaar tot", "Toelichting", "Gedeeld met"};

        static LocalDate d(int j, int m, int dag) {
            return LocalDate.of(j, m, dag);
        }

        static Loc cno(String naam, String plaats, int cap, int bez, LocalDate open, LocalDate tot) {
            return new Loc(naam, plaats, Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, cap, bez, LocatieStatus.IN_GEBRUIK, open, tot, T_CNO, null);
        }

        static Loc cnoDicht(String naam, String plaats, int cap, LocalDate open, LocalDate dicht) {
            return new Loc(naam, plaats, Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, cap, 0, LocatieStatus.GESLOTEN, open, dicht, T_CNO_DICHT, null);
        }

        static Loc oekr(String naam, String plaats, LocatieSoort soort, int cap, int bez, LocalDate open, LocalDate tot) {
            return new Loc(naam, plaats, Doelgroep.OEKRAINERS, soort, cap, bez, LocatieStatus.IN_GEBRUIK, open, tot, T_OEKR, null);
        }

        static Loc pijp(String naam, String plaats, Doelgroep dg, LocatieSoort soort, int cap, LocatieStatus status, LocalDate open, LocalDate tot) {
            return new Loc(naam, plaats, dg, soort, cap, 0, status, open, tot, T_PIJP, null);
        }

        static final LocalDate RTB = d(2024, 3, 4); // end of temporary protection (RTB) as known in Dec 2022

        static Map<String, List<Loc>> locaties() {
            Map<String, List<Loc>> m = new LinkedHashMap<>();
            LocatieSoort GO = LocatieSoort.GEMEENTELIJKE_OPVANG;
            LocatieSoort HV = LocatieSoort.HOTEL_VAKANTIEPARK;

            m.put("GM0141", List.of( // Almelo
                    new Loc("AZC Almelo", "Almelo", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 294, 291, LocatieStatus.IN_GEBRUIK,
                            d(2015, 11, 2), d(2027, 12, 31), T_AZC, null),
                    cno("CNO Almelo", "Almelo", 56, 52, d(2022, 6, 20), d(2023, 3, 31)),
                    oekr("Gemeentelijke opvang Oekraïners Almelo", "Almelo", GO, 180, 166, d(2022, 3, 21), RTB),
                    oekr("Hotelopvang Oekraïners Almelo", "Almelo", HV, 70, 61, d(2022, 4, 4), d(2023, 6, 30)),
                    oekr("Gemeentelijke opvang in woningen Almelo", "Almelo", GO, 40, 40, d(2022, 3, 7), null),
                    pijp("AMV-opvang Almelo (COA, kleinschalig)", "Almelo", Doelgroep.AMV, LocatieSoort.AZC, 50,
                            LocatieStatus.IDEE, d(2023, 10, 1), null)));
            m.put("GM0147", List.of( // Borne
                    oekr("Gemeentelijke opvang Oekraïners Borne", "Borne", GO, 90, 84, d(2022, 3, 28), RTB),
                    oekr("Gemeentelijke opvang in woningen Borne", "Borne", GO, 40, 38, d(2022, 3, 7), null),
                    pijp("Flexwoningen statushouders Borne", "Borne", Doelgroep.STATUSHOUDERS, LocatieSoort.FLEXWONINGEN, 40,
                            LocatieStatus.VERGUNNING, d(2023, 9, 1), d(2033, 8, 31))));
            m.put("GM1774", List.of( // Dinkelland
                    new Loc("CNO Noordoost-Twente", "Losser", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, 40, 38, LocatieStatus.IN_GEBRUIK,
                            d(2022, 9, 5), d(2023, 6, 30),
                            "Gezamenlijke CNO van Dinkelland met Tubbergen, Oldenzaal en Losser, gelegen in Losser (Bijlage 4). "
                                    + "Bezetting en data aangenomen.",
                            "Tubbergen, Oldenzaal, Losser"),
                    oekr("Vakantiepark Oekraïners Denekamp", "Denekamp", HV, 60, 52, d(2022, 4, 11), d(2023, 10, 31)),
                    oekr("Gemeentelijke opvang in woningen Dinkelland", "Ootmarsum", GO, 35, 35, d(2022, 3, 7), null)));
            m.put("GM0153", List.of( // Enschede
                    cno("CNO Enschede", "Enschede", 59, 55, d(2022, 6, 27), d(2023, 3, 31)),
                    oekr("Gemeentelijke opvang Oekraïners Enschede-Noord", "Enschede", GO, 320, 301, d(2022, 3, 14), RTB),
                    oekr("Gemeentelijke opvang Oekraïners Enschede-Zuid", "Enschede", GO, 180, 162, d(2022, 4, 19), RTB),
                    oekr("Hotelopvang Oekraïners Enschede", "Enschede", HV, 140, 127, d(2022, 3, 21), d(2023, 6, 30)),
                    oekr("Gemeentelijke opvang in woningen Enschede", "Enschede", GO, 120, 118, d(2022, 3, 7), null),
                    pijp("Nieuwe AZC-locatie Enschede (locatieonderzoek)", "Enschede", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 300,
                            LocatieStatus.IDEE, d(2024, 1, 1), null),
                    pijp("Uitbreiding gemeentelijke opvang Oekraïners Enschede", "Enschede", Doelgroep.OEKRAINERS, GO, 150,
                            LocatieStatus.BESLUIT_COLLEGE, d(2023, 5, 1), RTB)));
            m.put("GM0158", List.of( // Haaksbergen
                    cno("CNO Haaksbergen", "Haaksbergen", 22, 20, d(2022, 8, 29), d(2023, 3, 31)),
                    oekr("Gemeentelijke opvang Oekraïners Haaksbergen", "Haaksbergen", GO, 55, 49, d(2022, 4, 4), RTB),
                    oekr("Gemeentelijke opvang in woningen Haaksbergen", "Haaksbergen", GO, 30, 30, d(2022, 3, 7), null),
                    pijp("Flexwoningen Haaksbergen", "Haaksbergen", Doelgroep.STATUSHOUDERS, LocatieSoort.FLEXWONINGEN, 30,
                            LocatieStatus.IDEE, d(2024, 1, 1), null)));
            m.put("GM0163", List.of( // Hellendoorn
                    cno("CNO Haarle", "Haarle", 19, 19, d(2022, 7, 4), d(2023, 4, 30)),
                    oekr("Vakantiepark Oekraïners Hellendoorn", "Hellendoorn", HV, 130, 118, d(2022, 3, 28), d(2023, 12, 31)),
                    oekr("Gemeentelijke opvang Oekraïners Nijverdal", "Nijverdal", GO, 40, 37, d(2022, 5, 2), RTB),
                    oekr("Gemeentelijke opvang in woningen Hellendoorn", "Nijverdal", GO, 20, 20, d(2022, 3, 7), null)));
            m.put("GM0164", List.of( // Hengelo
                    new Loc("AZC Hengelo", "Hengelo", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 300, 298, LocatieStatus.IN_GEBRUIK,
                            d(2016, 3, 1), d(2027, 12, 31), T_AZC, null),
                    cnoDicht("CNO Hengelo", "Hengelo", 30, d(2022, 6, 20), d(2022, 11, 30)),
                    oekr("Gemeentelijke opvang Oekraïners Hengelo", "Hengelo", GO, 210, 196, d(2022, 3, 14), RTB),
                    oekr("Hotelopvang Oekraïners Hengelo", "Hengelo", HV, 60, 54, d(2022, 4, 4), d(2023, 6, 30)),
                    oekr("Gemeentelijke opvang in woningen Hengelo", "Hengelo", GO, 60, 58, d(2022, 3, 7), null),
                    pijp("Tussenvoorziening statushouders Hengelo", "Hengelo", Doelgroep.STATUSHOUDERS, LocatieSoort.TUSSENVOORZIENING, 60,
                            LocatieStatus.BESLUIT_RAAD, d(2023, 7, 1), d(2028, 6, 30))));
            m.put("GM1735", List.of( // Hof van Twente
                    cno("CNO Delden 1", "Delden", 28, 26, d(2022, 7, 11), d(2023, 3, 31)),
                    cno("CNO Delden 2", "Delden", 32, 30, d(2022, 8, 1), d(2023, 3, 31)),
                    cno("CNO Delden 3", "Delden", 32, 29, d(2022, 9, 12), d(2023, 6, 30)),
                    oekr("Vakantiepark Oekraïners Hof van Twente", "Markelo", HV, 110, 98, d(2022, 3, 28), d(2023, 12, 31)),
                    oekr("Gemeentelijke opvang Oekraïners Goor", "Goor", GO, 40, 36, d(2022, 4, 25), RTB),
                    oekr("Gemeentelijke opvang in woningen Hof van Twente", "Goor", GO, 25, 25, d(2022, 3, 7), null),
                    pijp("Opvanglocatie asielzoekers Hof van Twente", "Goor", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 150,
                            LocatieStatus.BESLUIT_COLLEGE, d(2023, 10, 1), d(2028, 9, 30))));
            m.put("GM0168", List.of( // Losser
                    oekr("Vakantiepark Oekraïners Losser", "Losser", HV, 85, 77, d(2022, 4, 4), d(2023, 10, 31)),
                    oekr("Gemeentelijke opvang in woningen Losser", "Overdinkel", GO, 35, 33, d(2022, 3, 7), null)));
            m.put("GM0173", List.of( // Oldenzaal
                    oekr("Gemeentelijke opvang Oekraïners Oldenzaal", "Oldenzaal", GO, 88, 80, d(2022, 3, 21), RTB),
                    oekr("Gemeentelijke opvang in woningen Oldenzaal", "Oldenzaal", GO, 30, 30, d(2022, 3, 7), null),
                    pijp("Uitbreiding opvang Oekraïners Oldenzaal", "Oldenzaal", Doelgroep.OEKRAINERS, GO, 80,
                            LocatieStatus.VERGUNNING, d(2023, 4, 1), RTB)));
            m.put("GM1742", List.of( // Rijssen-Holten
                    cno("CNO Rijssen", "Rijssen", 12, 11, d(2022, 7, 18), d(2023, 4, 30)),
                    cnoDicht("CNO Holten 1", "Holten", 6, d(2022, 8, 15), d(2022, 11, 30)),
                    cno("CNO Holten 2", "Holten", 6, 5, d(2022, 9, 26), d(2023, 3, 31)),
                    oekr("Gemeentelijke opvang Oekraïners Rijssen", "Rijssen", GO, 100, 92, d(2022, 3, 28), RTB),
                    oekr("Gemeentelijke opvang in woningen Rijssen-Holten", "Holten", GO, 50, 47, d(2022, 3, 7), null)));
            m.put("GM0183", List.of( // Tubbergen
                    new Loc("AZC Albergen", "Albergen", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 200, 40, LocatieStatus.IN_GEBRUIK,
                            d(2022, 12, 1), d(2032, 11, 30),
                            "AZC in oprichting (procesplan §2.2, §3.2); het procesplan telt deze plekken mee bij de 794 reguliere plekken, "
                                    + "daarom status In gebruik. Capaciteit (verdeling van de 794), gefaseerde bezetting en data aangenomen.",
                            null),
                    oekr("Vakantiepark Oekraïners Tubbergen", "Tubbergen", HV, 80, 71, d(2022, 4, 11), d(2023, 10, 31)),
                    oekr("Gemeentelijke opvang in woningen Tubbergen", "Tubbergen", GO, 32, 32, d(2022, 3, 7), null)));
            m.put("GM1700", List.of( // Twenterand
                    cno("CNO Westerhaar", "Westerhaar", 6, 6, d(2022, 9, 19), d(2023, 3, 31)),
                    cno("CNO Vriezenveen", "Vriezenveen", 6, 5, d(2022, 9, 19), d(2023, 3, 31)),
                    cno("CNO Den Ham", "Den Ham", 6, 6, d(2022, 10, 3), d(2023, 6, 30)),
                    oekr("Gemeentelijke opvang Oekraïners Vroomshoop", "Vroomshoop", GO, 75, 68, d(2022, 4, 19), RTB),
                    oekr("Gemeentelijke opvang in woningen Twenterand", "Vriezenveen", GO, 50, 48, d(2022, 3, 7), null),
                    pijp("Flexwoningen Vriezenveen", "Vriezenveen", Doelgroep.STATUSHOUDERS, LocatieSoort.FLEXWONINGEN, 24,
                            LocatieStatus.IN_AANBOUW, d(2023, 4, 1), d(2038, 3, 31))));
            m.put("GM0189", List.of( // Wierden
                    new Loc("CNO Wierden (chalets, pilot met COA)", "Wierden", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, 19, 17,
                            LocatieStatus.IN_GEBRUIK, d(2022, 8, 15), d(2024, 12, 31),
                            "CNO volgens Bijlage 4; pilot met opvang van asielzoekers in chalets in samenwerking met COA, wordt de komende "
                                    + "jaren voortgezet (procesplan §4). Bezetting en data aangenomen.",
                            null),
                    oekr("Vakantiepark Oekraïners Enter", "Enter", HV, 70, 63, d(2022, 4, 4), d(2023, 12, 31)),
                    oekr("Gemeentelijke opvang in woningen Wierden", "Wierden", GO, 40, 39, d(2022, 3, 7), null)));
            return m;
        }

        static final Kp NET = new Kp("Netaansluiting flexwoningen",
                "Aansluiting van nieuwe flexwoningen op het elektriciteitsnet duurt lang door netcongestie; vraag om versnelling en afstemming met de netbeheerder.",
                Partij.PROVINCIE);
        static final Kp PROCEDURES = new Kp("Ruimtelijke procedures",
                "Versnellen van procedures om ruimte en locaties voor flexwoningen en tussenvoorzieningen te realiseren en juridische knelpunten te voorkomen.",
                Partij.PROVINCIE);
        static final Kp BEMENSING = new Kp("Bemensing kleinere locaties",
                "COA bemenst opvanglocaties vanaf 150 plekken; de gemeente wil kleinschaliger opvang. Vraag om maatwerk of een satellietconstructie bij een nabij AZC.",
                Partij.COA);
        static final Kp REGISTRATIE = new Kp("Registratie CNO-bewoners",
                "Registraties en procedures van bewoners van de crisisnoodopvang blijven uit; dat leidt lokaal tot onrust. Vraag om versnelde afhandeling door IND.",
                Partij.RIJK);
        static final Kp AMV = new Kp("Begeleiding AMV",
                "Begeleiding en passende huisvesting van alleenstaande minderjarige (status)houders; vraag om voldoende capaciteit en afspraken met Nidos.",
                Partij.NIDOS);
        static final Kp INFORMATIE = new Kp("Eenduidige cijfers",
                "Prognoses en opgaven wisselen en verschillen per bron (Rijk, COA, PRT). Vraag om eenduidige informatie en meer samenhang tussen BZK, J&V, COA en IND.",
                Partij.RIJK);
        static final Kp WONINGMARKT = new Kp("Woningmarkt en corporaties",
                "Te weinig vrijkomende sociale huurwoningen voor de taakstelling; regionale afspraken met corporaties via WoONTwente gewenst.",
                Partij.REGIO);
        static final Kp INKOOP = new Kp("Gezamenlijke inkoop flexwoningen",
                "Gemeenten concurreren bij de inkoop van flexwoningen; vraag om gezamenlijke inkoop en kennisdeling in Twente.",
                Partij.REGIO);
        static final Kp FINANCIERING = new Kp("Financiering opvang Oekraïners",
                "Onzekerheid over de normbedragen en de looptijd van de financiering van gemeentelijke opvang Oekraïners na 2023.",
                Partij.RIJK);
        static final Kp PERSONEEL = new Kp("Personeel en middelen COA",
                "Voldoende personeel en middelen bij COA om nieuwe locaties tijdig te openen en de uitstroom van statushouders te begeleiden.",
                Partij.COA);

        static Map<String, List<Kp>> knelpunten() {
            Map<String, List<Kp>> m = new LinkedHashMap<>();
            m.put("GM0141", List.of(AMV, PERSONEEL, WONINGMARKT));
            m.put("GM0147", List.of(NET, PROCEDURES));
            m.put("GM1774", List.of(BEMENSING, REGISTRATIE));
            m.put("GM0153", List.of(REGISTRATIE, INFORMATIE, FINANCIERING));
            m.put("GM0158", List.of(NET, INKOOP));
            m.put("GM0163", List.of(BEMENSING));
            m.put("GM0164", List.of(PROCEDURES, WONINGMARKT));
            m.put("GM1735", List.of(BEMENSING, REGISTRATIE, NET));
            m.put("GM0168", List.of(FINANCIERING));
            m.put("GM0173", List.of(FINANCIERING, WONINGMARKT));
            m.put("GM1742", List.of(REGISTRATIE, INKOOP));
            m.put("GM0183", List.of(PERSONEEL, AMV));
            m.put("GM1700", List.of(NET, INKOOP));
            m.put("GM0189", List.of(BEMENSING, INFORMATIE));
            return m;
        }

        static final String I_REG = "Reguliere woningtoewijzing via corporaties";

        static Map<String, Sh> statushouders() {
            Map<String, Sh> m = new LinkedHashMap<>();
            m.put("GM0141", new Sh(4, 2, I_REG, I_REG + "; kamerverhuur"));
            m.put("GM0147", new Sh(-1, -3, I_REG, I_REG + "; flexwoningen (vergunning verleend)"));
            m.put("GM1774", new Sh(0, -1, I_REG, I_REG));
            m.put("GM0153", new Sh(6, -5, I_REG + "; hospitaverhuur", I_REG + "; hospitaverhuur; woningdelen"));
            m.put("GM0158", new Sh(2, 0, I_REG, I_REG + "; flexwoningen (verkenning)"));
            m.put("GM0163", new Sh(-2, -2, I_REG, I_REG));
            m.put("GM0164", new Sh(3, 1, I_REG, I_REG + "; tussenvoorziening (besluit raad)"));
            m.put("GM1735", new Sh(0, -4, I_REG, I_REG));
            m.put("GM0168", new Sh(1, -2, I_REG, I_REG));
            m.put("GM0173", new Sh(-1, 0, I_REG, I_REG + "; woningdelen"));
            m.put("GM1742", new Sh(0, -3, I_REG, I_REG));
            m.put("GM0183", new Sh(2, 1, I_REG, I_REG));
            m.put("GM1700", new Sh(1, -2, I_REG, I_REG + "; flexwoningen (in aanbouw)"));
            m.put("GM0189", new Sh(-1, -1, I_REG, I_REG));
            return m;
        }

        /** Assumed taakstelling 2e helft 2022: that of 1e helft 2023 scaled by 13.500 / 21.200, rounded. */
        static int taakstelling2022H2(Gem g) {
            return (int) Math.round(g.taakstelling2023H1() * 13_500.0 / 21_200.0);
        }

        static final String[] ROLLEN = {"Beleidsadviseur asiel", "Beleidsadviseur asiel en integratie", "Coördinator opvang",
                "Beleidsmedewerker maatschappelijke ontwikkeling", "Projectleider opvang vluchtelingen", "Beleidsadviseur wonen"};

        static List<Path> schrijf(Path map) throws IOException {
            Files.createDirectories(map);
            Map<String, List<Loc>> locaties = locaties();
            Map<String, List<Kp>> knelpunten = knelpunten();
            Map<String, Sh> statushouders = statushouders();
            List<Path> uit = new ArrayList<>();
            int i = 0;
            for (Gem g : TWENTE) {
                LocalDate datum = LocalDate.of(2023, 1, 3 + (i % 8));
                String rol = ROLLEN[i % ROLLEN.length];
                uit.add(retour(map, g, rol, datum, locaties.get(g.code()), statushouders.get(g.code()), knelpunten.get(g.code())));
                i++;
            }
            return uit;
        }

        static Path retour(Path map, Gem g, String rol, LocalDate datum, List<Loc> locs, Sh sh, List<Kp> kps) throws IOException {
            XSSFWorkbook wb = nieuwWerkboek("Maandretour " + g.naam() + " " + PEILMAAND,
                    "Maandretour Twentse Regietafel Asielinstroom");
            Stijlen st = new Stijlen(wb);

            // Gemeente
            XSSFSheet gem = wb.createSheet("Gemeente");
            Object[][] kv = {{"Gemeentecode", g.code()}, {"Gemeente", g.naam()}, {"Peilmaand", PEILMAAND},
                    {"Ingevuld door", rol}, {"Datum", datum}};
            for (int r = 0; r < kv.length; r++) {
                Row row = gem.createRow(r);
                tekstCel(row, 0, (String) kv[r][0], st.tekstVet);
                if (kv[r][1] instanceof LocalDate ld) {
                    datumCel(row, 1, ld, st.datum);
                } else {
                    tekstCel(row, 1, (String) kv[r][1], st.tekst);
                }
            }
            breedtes(gem, 18, 40);

            // Locaties
            XSSFSheet loc = wb.createSheet("Locaties");
            kopregel(loc, 0, st, KOPPEN_LOC);
            int r = 1;
            int n = 1;
            for (Loc l : locs) {
                Row row = loc.createRow(r++);
                tekstCel(row, 0, String.format("%s-%02d", g.code(), n++), st.tekst);
                tekstCel(row, 1, l.naam(), null);
                tekstCel(row, 2, l.plaats(), null);
                tekstCel(row, 3, l.doelgroep().label(), null);
                tekstCel(row, 4, l.soort().label(), null);
                getalCel(row, 5, l.capaciteit(), st.getal);
                getalCel(row, 6, l.bezetting(), st.getal);
                tekstCel(row, 7, l.status().label(), null);
                datumCel(row, 8, l.openVanaf(), st.datum);
                datumCel(row, 9, l.beschikbaarTot(), st.datum);
                tekstCel(row, 10, l.toelichting(), null);
                tekstCel(row, 11, l.gedeeldMet(), null);
            }
            breedtes(loc, 12, 44, 14, 14, 20, 11, 11, 16, 12, 14, 70, 28);
            loc.getRow(0).setHeightInPoints(18);
            loc.createFreezePane(0, 1);
            loc.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, KOPPEN_LOC.length - 1));
            lijst(loc, 3, Doelgroep.class);
            lijst(loc, 4, LocatieSoort.class);
            lijst(loc, 7, LocatieStatus.class);
            nietNegatief(loc, 5);
            nietNegatief(loc, 6);

            // Statushouders
            XSSFSheet shs = wb.createSheet("Statushouders");
            kopregel(shs, 0, st, "Halfjaar", "Taakstelling", "Achterstand begin periode", "Gehuisvest", "Waarvan AMV", "Instrumenten");
            int t22 = taakstelling2022H2(g);
            int gehuisvest22 = t22 + sh.achterstand2022H2() - sh.achterstand2023H1();
            Row h2 = shs.createRow(1);
            tekstCel(h2, 0, "2022-2", st.tekst);
            getalCel(h2, 1, t22, st.getal);
            getalCel(h2, 2, sh.achterstand2022H2(), st.getal);
            getalCel(h2, 3, gehuisvest22, st.getal);
            getalCel(h2, 4, 0, st.getal);
            tekstCel(h2, 5, sh.instrumenten2022(), null);
            Row h1 = shs.createRow(2);
            tekstCel(h1, 0, "2023-1", st.tekst);
            getalCel(h1, 1, g.taakstelling2023H1(), st.getal);
            getalCel(h1, 2, sh.achterstand2023H1(), st.getal);
            getalCel(h1, 3, 0, st.getal);
            getalCel(h1, 4, 0, st.getal);
            tekstCel(h1, 5, sh.instrumenten2023(), null);
            breedtes(shs, 10, 13, 16, 12, 13, 60);
            shs.getRow(0).setHeightInPoints(30);
            shs.createFreezePane(0, 1);
            for (int k = 1; k <= 4; k++) {
                if (k != 2) nietNegatief(shs, k);
            }

            // Knelpunten
            XSSFSheet kn = wb.createSheet("Knelpunten");
            kopregel(kn, 0, st, "Onderwerp", "Omschrijving", "Gevraagd van");
            r = 1;
            for (Kp k : kps) {
                Row row = kn.createRow(r++);
                tekstCel(row, 0, k.onderwerp(), null);
                tekstCel(row, 1, k.omschrijving(), st.wrap);
                tekstCel(row, 2, k.gevraagdVan().label(), null);
                row.setHeightInPoints(30);
            }
            breedtes(kn, 32, 90, 14);
            kn.createFreezePane(0, 1);
            lijst(kn, 2, Partij.class);

            toelichting(wb, st, "Toelichting (voorbeelddata)", List.of(
                    "Voorbeeldretour december 2022 van gemeente " + g.naam() + ", gereconstrueerd uit het procesplan Twente Opvang "
                            + "Vluchtelingen (dec. 2022) door nl.regietafel.sample.SampleMonthGenerator. Geen echte opgave van de gemeente.",
                    "Uit het procesplan: de drie AZC's samen 794 reguliere plekken (Albergen in oprichting), de CNO-locaties van Bijlage 4 "
                            + "(379 plekken gerealiseerd, 343 beschikbaar), 2.790 plekken Oekraïne in Twente, taakstelling statushouders "
                            + "1e helft 2023 (circulaire, Bijlage 3), taakstelling '22 gerealiseerd.",
                    "Aangenomen: de verdeling van regionale totalen over gemeenten en locaties, welke CNO-locaties gesloten zijn, "
                            + "bezetting, data, plannen in voorbereiding, de taakstelling 2e helft 2022 (taakstelling 1e helft 2023 x 13.500 / 21.200, "
                            + "afgerond), achterstanden, gehuisveste aantallen en knelpunten. Zie de kolom Toelichting per locatie.",
                    "Statushouders: achterstand begin 2023-1 = taakstelling 2022-2 + achterstand begin 2022-2 - gehuisvest 2022-2 "
                            + "(negatief = voorsprong). Waarvan AMV is 0, zoals Tabel 2.2 (realisatie 2a) aangeeft."));
            return bewaar(wb, map.resolve(g.bestand()));
        }

        static <E extends Enum<E> & Label> void lijst(XSSFSheet sh, int kolom, Class<E> type) {
            String[] labels = Arrays.stream(type.getEnumConstants()).map(Label::label).toArray(String[]::new);
            XSSFDataValidationHelper h = new XSSFDataValidationHelper(sh);
            DataValidationConstraint c = h.createExplicitListConstraint(labels);
            DataValidation dv = h.createValidation(c, new CellRangeAddressList(1, 500, kolom, kolom));
            dv.setSuppressDropDownArrow(true);
            dv.setShowErrorBox(true);
            dv.createErrorBox("Ongeldige waarde", "Kies een waarde uit de lijst.");
            sh.addValidationData(dv);
        }

        static void nietNegatief(XSSFSheet sh, int kolom) {
            XSSFDataValidationHelper h = new XSSFDataValidationHelper(sh);
            DataValidationConstraint c = h.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            DataValidation dv = h.createValidation(c, new CellRangeAddressList(1, 500, kolom, kolom));
            dv.setShowErrorBox(true);
            dv.createErrorBox("Ongeldig getal", "Vul een geheel getal van 0 of meer in.");
            sh.addValidationData(dv);
        }
    }
}
