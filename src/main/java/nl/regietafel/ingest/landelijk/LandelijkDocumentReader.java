package nl.regietafel.ingest.landelijk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Zoekresultaat;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.excel.Cellezer;
import nl.regietafel.ingest.excel.Kolom;
import nl.regietafel.ingest.excel.Kopregel;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.excel.Rij;
import nl.regietafel.ingest.excel.VeiligeWerkmap;
import nl.regietafel.ingest.excel.Werkblad;

/**
 * Reads a national document in its publisher's layout through a {@link Bronprofiel}: finds
 * the sheet by synonyms, then per table (several may be stacked on one sheet) its title row and
 * its header row within N rows, then one {@link LandelijkCijfer} per area and value column.
 * Empty value cells give no figure.
 */
public final class LandelijkDocumentReader {

    private LandelijkDocumentReader() {
    }

    public static Leesresultaat<List<LandelijkCijfer>> lees(Path bestand, Bronprofiel profiel, Gebiedsindeling indeling) {
        Meldingenlijst m = new Meldingenlijst(bestand.getFileName().toString());
        Optional<VeiligeWerkmap> geopend = VeiligeWerkmap.open(bestand, m);
        if (geopend.isEmpty()) return Leesresultaat.afgewezen(m.alle());
        try (VeiligeWerkmap wm = geopend.get()) {
            Werkblad blad;
            if (profiel.blad().isEmpty()) {
                blad = wm.eersteBlad();
            } else {
                Optional<Werkblad> b = wm.blad(profiel.blad());
                if (b.isEmpty()) {
                    m.fout(profiel.blad().get(0), null, null, "blad niet gevonden; gezocht: " + profiel.blad()
                            + ", gevonden bladen: " + wm.bladnamen() + " (profiel " + profiel.naam() + ")");
                    return Leesresultaat.afgewezen(m.alle());
                }
                blad = b.get();
            }
            List<LandelijkCijfer> cijfers = leesTabellen(blad, profiel, indeling, m);
            if (m.heeftFouten()) return Leesresultaat.afgewezen(m.alle());
            return Leesresultaat.van(cijfers, m.alle());
        } catch (Throwable t) {
            m.fout(null, null, null, "kon niet gelezen worden (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")");
            return Leesresultaat.afgewezen(m.alle());
        }
    }

    /**
     * Finds the profile's tables top to bottom (each below the previous one's header), then reads
     * each up to where the next begins. A figure given twice on the sheet is an error, also across tables.
     */
    private static List<LandelijkCijfer> leesTabellen(Werkblad blad, Bronprofiel profiel, Gebiedsindeling indeling, Meldingenlijst m) {
        Map<String, Integer> gezien = new HashMap<>();
        List<Lezer> lezers = new ArrayList<>();
        int vanaf = 1;
        for (Bronprofiel.Tabel t : profiel.tabellen()) {
            Lezer l = new Lezer(blad, profiel, t, indeling, m, gezien);
            if (!l.zoek(vanaf)) return List.of();
            lezers.add(l);
            vanaf = l.kop.rij() + 1;
        }
        List<LandelijkCijfer> uit = new ArrayList<>();
        for (int i = 0; i < lezers.size(); i++) {
            int eind = i + 1 < lezers.size() ? lezers.get(i + 1).begin - 1 : blad.getLastRowNum() + 1;
            uit.addAll(lezers.get(i).lees(eind));
        }
        return uit;
    }

    /** The state of reading one table of a sheet. */
    private static final class Lezer {
        private final Werkblad blad;
        private final Bronprofiel profiel;
        private final Bronprofiel.Tabel tabel;
        private final Gebiedsindeling indeling;
        private final Meldingenlijst m;
        private final Cellezer c;
        private final Map<String, Integer> gezien;
        private Kolom codeKolom;
        private Kolom naamKolom;
        private final Map<Bronprofiel.Cijferkolom, Kolom> waardeKolommen = new LinkedHashMap<>();
        /** The table's first row (its title, else its header), 1-based. */
        private int begin;
        private Kopregel kop;

        Lezer(Werkblad blad, Bronprofiel profiel, Bronprofiel.Tabel tabel, Gebiedsindeling indeling, Meldingenlijst m,
              Map<String, Integer> gezien) {
            this.blad = blad;
            this.profiel = profiel;
            this.tabel = tabel;
            this.indeling = indeling;
            this.m = m;
            this.c = new Cellezer(m, blad.getSheetName());
            this.gezien = gezien;
        }

        /** Finds the title (if any) and header at or below row {@code vanaf}; false (with a FOUT) when missing. */
        boolean zoek(int vanaf) {
            int zoekVanaf = vanaf;
            if (!tabel.titel().isEmpty()) {
                int titel = zoekTitel(vanaf);
                if (titel < 0) {
                    m.fout(blad.getSheetName(), null, null, "tabel niet gevonden: geen rij vanaf rij " + vanaf + " begint met "
                            + tabel.titel() + " (profiel " + profiel.naam() + ")");
                    return false;
                }
                begin = titel;
                zoekVanaf = titel + 1;
            }
            kop = zoekKopregel(zoekVanaf);
            if (kop == null) return false;
            if (tabel.titel().isEmpty()) begin = kop.rij();
            return true;
        }

        /** The first row from {@code vanaf} (1-based) with a cell whose text starts with a title synonym; -1 if none. */
        private int zoekTitel(int vanaf) {
            List<String> sleutels = tabel.titel().stream().map(Kopregel::sleutel).toList();
            for (int i = vanaf - 1; i <= blad.getLastRowNum(); i++) {
                Rij r = blad.getRow(i);
                if (r == null) continue;
                for (var cel : r) {
                    String t = Kopregel.sleutel(Cellezer.tekstVan(cel));
                    if (!t.isEmpty() && sleutels.stream().anyMatch(t::startsWith)) return i + 1;
                }
            }
            return -1;
        }

        /** The rows under the header up to row {@code eind} (1-based, inclusive). */
        List<LandelijkCijfer> lees(int eind) {
            List<LandelijkCijfer> uit = new ArrayList<>();
            for (int i = kop.rij(); i < Math.min(eind, blad.getLastRowNum() + 1); i++) {
                Rij r = blad.getRow(i);
                if (Cellezer.isLeeg(r)) continue;
                String codeTekst = codeKolom == null ? null : c.tekst(r, codeKolom);
                String naamTekst = naamKolom == null ? null : c.tekst(r, naamKolom);
                if (codeTekst == null && naamTekst == null) continue;
                int fouten = m.aantalFouten();
                Map<Bronprofiel.Cijferkolom, Long> waarden = new LinkedHashMap<>();
                waardeKolommen.forEach((spec, k) -> {
                    Long n = c.getal(r, k, 0, Bronprofiel.STANDAARD_MAXIMUM_PROVINCIE_LAND * 1000); // bound per level below
                    if (n != null) waarden.put(spec, n);
                });
                boolean heeftWaarden = !waarden.isEmpty() || m.aantalFouten() > fouten;
                Gebied gebied = gebied(r, codeTekst, naamTekst, heeftWaarden);
                if (gebied == null || m.aantalFouten() > fouten) continue;
                long maximum = profiel.maximumVoor(gebied.niveau());
                waarden.forEach((spec, n) -> {
                    if (n > maximum) c.fout(r, waardeKolommen.get(spec), "onwaarschijnlijk groot getal (" + Cellezer.nl(n) + ") voor "
                            + gebied.naam() + "; maximaal " + Cellezer.nl(maximum) + " — controleer op een tikfout");
                });
                if (m.aantalFouten() > fouten) continue;
                for (var e : waarden.entrySet()) {
                    Bronprofiel.Cijferkolom spec = e.getKey();
                    String sleutel = gebied.code() + "|" + spec.opgave() + "|" + spec.peildatum() + "|" + spec.scenario();
                    Integer eerder = gezien.putIfAbsent(sleutel, r.getRowNum() + 1);
                    if (eerder != null) {
                        c.fout(r, naamKolom != null ? naamKolom : codeKolom, gebied.naam() + " (" + gebied.code()
                                + ") komt twee keer voor (ook in rij " + eerder + ")");
                        break;
                    }
                    uit.add(new LandelijkCijfer(spec.opgave(), gebied.code(), spec.peildatum(), spec.scenario(), e.getValue()));
                }
            }
            if (uit.isEmpty() && !m.heeftFouten()) {
                m.fout(blad.getSheetName(), null, null, "geen enkel cijfer gevonden onder de kopregel (rij " + kop.rij() + ")" + tabel.naam());
            }
            return uit;
        }

        /**
         * The first row within rows vanaf..vanaf+N-1 with an area column and at least one value column;
         * columns assigned there (N = kopregel-uiterlijk-rij, so rows 1..N for the first table).
         */
        private Kopregel zoekKopregel(int vanaf) {
            int laatste = Math.min(vanaf - 1 + profiel.kopregelUiterlijkRij(), blad.getLastRowNum() + 1);
            for (int rij = vanaf; rij <= laatste; rij++) {
                Optional<Kopregel> k = Kopregel.lees(blad, rij);
                if (k.isEmpty()) continue;
                Kopregel kop = k.get();
                Optional<Kolom> code = kop.kolom(tabel.gebied().code());
                Optional<Kolom> naam = kop.kolom(tabel.gebied().naam());
                if (code.isEmpty() && naam.isEmpty()) continue;
                Set<Integer> bezet = new HashSet<>();
                code.ifPresent(x -> bezet.add(x.index()));
                naam.ifPresent(x -> bezet.add(x.index()));
                Map<Bronprofiel.Cijferkolom, Kolom> gevonden = wijsToe(kop, bezet);
                if (gevonden.isEmpty()) continue;
                codeKolom = code.orElse(null);
                naamKolom = naam.orElse(null);
                waardeKolommen.putAll(gevonden);
                for (Bronprofiel.Cijferkolom spec : tabel.cijfers()) {
                    if (!gevonden.containsKey(spec)) {
                        m.fout(blad.getSheetName(), rij, spec.kolom().get(0), "kolom '" + spec.kolom().get(0)
                                + "' niet gevonden in de kopregel (rij " + rij + "); gezocht: " + spec.kolom() + " (profiel " + profiel.naam() + ")" + tabel.naam());
                    }
                }
                for (String d : kop.dubbeleKoppen()) m.waarschuwing(blad.getSheetName(), rij, d, "kop komt twee keer voor; de eerste kolom is gebruikt");
                return kop;
            }
            List<String> gebiedKoppen = new ArrayList<>(tabel.gebied().code());
            gebiedKoppen.addAll(tabel.gebied().naam());
            m.fout(blad.getSheetName(), null, null, "geen kopregel gevonden in rij " + vanaf + " t/m " + (vanaf - 1 + profiel.kopregelUiterlijkRij())
                    + ": verwacht een gebiedskolom " + gebiedKoppen + " en ten minste één cijferkolom "
                    + tabel.cijfers().stream().map(x -> x.kolom().get(0)).toList() + " (profiel " + profiel.naam() + ")" + tabel.naam());
            return null;
        }

        /** Synonyms by priority across value columns: every column is used once, the first synonym first. */
        private Map<Bronprofiel.Cijferkolom, Kolom> wijsToe(Kopregel kop, Set<Integer> bezet) {
            Map<Bronprofiel.Cijferkolom, Kolom> uit = new LinkedHashMap<>();
            int max = tabel.cijfers().stream().mapToInt(x -> x.kolom().size()).max().orElse(0);
            for (int p = 0; p < max; p++) {
                for (Bronprofiel.Cijferkolom spec : tabel.cijfers()) {
                    if (uit.containsKey(spec) || p >= spec.kolom().size()) continue;
                    Kolom k = kop.kolommen().get(Kopregel.sleutel(spec.kolom().get(p)));
                    if (k != null && bezet.add(k.index())) uit.put(spec, k);
                }
            }
            return uit;
        }

        /** The area of a row, or null (with a FOUT when the row carries figures, else a warning). */
        private Gebied gebied(Rij r, String codeTekst, String naamTekst, boolean heeftWaarden) {
            if (naamTekst != null) {
                Optional<Zoekresultaat> totaal = totaalregel(naamTekst);
                if (totaal.isPresent() && codeTekst == null) return uitkomst(r, naamKolom, totaal.get(), heeftWaarden);
            }
            Gebied viaCode = null;
            if (codeTekst != null) {
                Zoekresultaat z = indeling.zoek(codeTekst, null);
                if (!z.isGevonden() && tabel.gebied().niveau() != null) {
                    Zoekresultaat opNiveau = indeling.zoek(codeTekst, tabel.gebied().niveau());
                    if (opNiveau.isGevonden()) z = opNiveau;
                }
                viaCode = uitkomst(r, codeKolom, z, heeftWaarden);
                if (viaCode == null) return null;
            }
            if (naamTekst == null) return viaCode;
            if (viaCode != null) {
                final Gebied code = viaCode;
                Zoekresultaat z = indeling.zoek(naamTekst, code.niveau());
                boolean klopt = z.kandidaten().contains(code) || totaalregel(naamTekst).map(t -> t.kandidaten().contains(code)).orElse(false);
                if (!klopt) {
                    c.fout(r, naamKolom, "code " + viaCode.code() + " (" + viaCode.naam() + ") en naam '" + naamTekst + "' horen niet bij elkaar");
                    return null;
                }
                return viaCode;
            }
            return uitkomst(r, naamKolom, indeling.zoek(naamTekst, tabel.gebied().niveau()), heeftWaarden);
        }

        private Gebied uitkomst(Rij r, Kolom k, Zoekresultaat z, boolean heeftWaarden) {
            if (z.isGevonden()) return z.gebied().get();
            if (heeftWaarden || z.isDubbelzinnig()) c.fout(r, k, z.probleem());
            else c.waarschuwing(r, k, "rij overgeslagen: '" + z.invoer() + "' is geen gebied en de rij heeft geen cijfers");
            return null;
        }

        /**
         * A name that starts with a totaalregel prefix is the total of a higher area: the rest of the
         * name is resolved at the levels above the profile's ("Subtotaal Twente" → VR05); nothing
         * after the prefix, "Nederland" or "landelijk" is NL.
         */
        private Optional<Zoekresultaat> totaalregel(String naam) {
            String sleutel = Gebiedsindeling.naamSleutel(naam);
            for (String prefix : tabel.totaalregels()) {
                String p = Gebiedsindeling.naamSleutel(prefix);
                if (p.isEmpty() || !(sleutel.equals(p) || sleutel.startsWith(p + " "))) continue;
                String rest = sleutel.substring(p.length()).strip();
                if (rest.isEmpty()) return Optional.of(indeling.zoek(Gebiedsindeling.NL, Gebied.Niveau.LAND));
                List<Gebied> kandidaten = new ArrayList<>();
                for (Gebied.Niveau n : Gebied.Niveau.values()) {
                    if (tabel.gebied().niveau() != null && n.compareTo(tabel.gebied().niveau()) >= 0) continue;
                    kandidaten.addAll(indeling.zoek(rest, n).kandidaten());
                }
                if (kandidaten.size() == 1) return Optional.of(indeling.zoek(kandidaten.get(0).code(), null));
                if (kandidaten.isEmpty()) return Optional.of(new Zoekresultaat(naam, null, List.of(),
                        "totaalregel '" + naam + "': onbekend gebied '" + rest + "' boven het niveau van het profiel"));
                return Optional.of(new Zoekresultaat(naam, null, kandidaten, "totaalregel '" + naam + "' is niet eenduidig: "
                        + kandidaten.stream().map(g -> g.naam() + " (" + g.code() + ")").toList()
                        + "; schrijf bijvoorbeeld 'provincie " + kandidaten.get(0).naam() + "'"));
            }
            return Optional.empty();
        }
    }
}
