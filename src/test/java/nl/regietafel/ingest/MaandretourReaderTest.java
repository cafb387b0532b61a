package nl.regietafel.ingest;

import static nl.regietafel.ingest.RetourFixture.zet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.gebied.Gebiedsindeling;

class MaandretourReaderTest {

    static final YearMonth DECEMBER = YearMonth.of(2022, 12);
    final Gebiedsindeling indeling = TestData.indeling();

    @TempDir
    Path map;

    Leesresultaat<Maandretour> lees(Path p) {
        return MaandretourReader.lees(p, indeling, DECEMBER);
    }

    /** The single FOUT of a rejected file, checked for file name, sheet, row and column. */
    static Melding enigeFout(Leesresultaat<?> r, String blad, Integer rij, String kolom) {
        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.waarde()).isNull();
        assertThat(r.fouten()).hasSize(1);
        Melding f = r.fouten().get(0);
        assertThat(f.bestand()).isEqualTo("GM0153-enschede.xlsx");
        assertThat(f.blad()).isEqualTo(blad);
        assertThat(f.rij()).isEqualTo(rij);
        assertThat(f.kolom()).isEqualTo(kolom);
        assertThat(f.omschrijving()).contains("GM0153-enschede.xlsx", "blad '" + blad + "'");
        if (rij != null) assertThat(f.omschrijving()).contains("rij " + rij);
        if (kolom != null) assertThat(f.omschrijving()).contains("kolom " + kolom);
        return f;
    }

    @Test
    void leest_een_complete_retour_met_elke_kolom() throws Exception {
        Leesresultaat<Maandretour> r = lees(RetourFixture.schrijf(map, wb -> { }));

        assertThat(r.meldingen()).isEmpty();
        Maandretour m = r.waarde();
        assertThat(m.gemeenteCode()).isEqualTo("GM0153");
        assertThat(m.gemeenteNaam()).isEqualTo("Enschede");
        assertThat(m.peilmaand()).isEqualTo(DECEMBER);
        assertThat(m.ingevuldDoor()).isEqualTo("J. Jansen, j.jansen@enschede.nl");
        assertThat(m.datum()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(m.locaties()).hasSize(14);
        Locatie eerste = m.locaties().get(0);
        assertThat(eerste).isEqualTo(new Locatie("ENS-01", "Locatie 1", "Enschede", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC,
                101, 51, LocatieStatus.IN_GEBRUIK, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31), "toelichting 1", List.of()));
        assertThat(m.locaties().get(1).gedeeldMet()).containsExactly("GM0164", "GM0147");
        assertThat(m.locaties().get(2).doelgroep()).isEqualTo(Doelgroep.OEKRAINERS);
        assertThat(m.locaties().get(5).soort()).isEqualTo(LocatieSoort.HOTEL_VAKANTIEPARK);
        assertThat(m.statushouders()).singleElement().satisfies(s -> {
            assertThat(s.halfjaar()).isEqualTo(Peildatum.of("2023-1"));
            assertThat(s.taakstelling()).isEqualTo(175);
            assertThat(s.achterstandBeginPeriode()).isEqualTo(-12);
            assertThat(s.gehuisvest()).isEqualTo(40);
            assertThat(s.waarvanAmv()).isEqualTo(6);
            assertThat(s.instrumenten()).isEqualTo("Flexwoningen, versnelde toewijzing");
        });
        assertThat(m.knelpunten()).singleElement().satisfies(k -> assertThat(k.gevraagdVan()).isEqualTo(Partij.RIJK));
    }

    @Test
    void gemeente_op_naam_met_cbs_variant_en_lege_rijen_overgeslagen() throws Exception {
        Path p = RetourFixture.schrijf(map, wb -> {
            zet(wb, "Gemeente", 0, 1, "164");
            zet(wb, "Gemeente", 1, 1, "Hengelo (O)");
            wb.getSheet("Locaties").createRow(30).createCell(3).setCellValue("   ");
            zet(wb, "Locaties", 20, 0, "ENS-99");
            for (int k = 1; k < 11; k++) zet(wb, "Locaties", 20, k, List.of("", "Naam", "Plaats", "AMV", "azc", 5, 0, "idee", "2023-01-01", "1-7-2024", "x").get(k));
        });

        Leesresultaat<Maandretour> r = lees(p);

        assertThat(r.fouten()).isEmpty();
        assertThat(r.waarde().gemeenteCode()).isEqualTo("GM0164");
        assertThat(r.waarde().locaties()).hasSize(15);
        assertThat(r.waarde().locaties().get(14).status()).isEqualTo(LocatieStatus.IDEE);
        assertThat(r.waarde().locaties().get(14).beschikbaarTot()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void formule_in_getalcel_gebruikt_opgeslagen_waarde_en_meldt_het() throws Exception {
        Path p = RetourFixture.schrijf(map, wb -> {
            Cell c = wb.getSheet("Locaties").getRow(3).getCell(5);
            c.setCellFormula("100+20");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });

        Leesresultaat<Maandretour> r = lees(p);

        assertThat(r.isAfgewezen()).isFalse();
        assertThat(r.waarde().locaties().get(2).capaciteit()).isEqualTo(120);
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> {
            assertThat(w.omschrijving()).contains("GM0153-enschede.xlsx", "blad 'Locaties'", "rij 4", "kolom F (Capaciteit)",
                    "formule gevonden", "opgeslagen waarde 120 gebruikt");
        });
    }

    @Test
    void tekst_die_op_een_formule_lijkt_blijft_tekst_en_wordt_gemeld() throws Exception {
        String gevaarlijk = "=HYPERLINK(\"http://x.example\",\"klik\")";
        Path p = RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 1, 10, gevaarlijk));

        Leesresultaat<Maandretour> r = lees(p);

        assertThat(r.isAfgewezen()).isFalse();
        assertThat(r.waarde().locaties().get(0).toelichting()).isEqualTo(gevaarlijk);
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> assertThat(w.omschrijving())
                .contains("GM0153-enschede.xlsx", "blad 'Locaties'", "rij 2", "kolom K (Toelichting)", "tekst die op een formule lijkt"));
    }

    @Test
    void negatief_getal_wordt_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 4, 5, -5))), "Locaties", 5, "F (Capaciteit)");
        assertThat(f.tekst()).contains("negatief getal (-5)");
    }

    @Test
    void niet_numeriek_getal_wordt_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 6, 6, "ca. 40"))), "Locaties", 7, "G (Bezetting)");
        assertThat(f.tekst()).contains("geen getal: 'ca. 40'");
    }

    @Test
    void tekstgetal_in_nederlandse_notatie_wordt_geaccepteerd_en_absurd_getal_afgewezen() throws Exception {
        Leesresultaat<Maandretour> goed = lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 1, 5, "1.944")));
        assertThat(goed.waarde().locaties().get(0).capaciteit()).isEqualTo(1944);

        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 1, 5, 250_000))), "Locaties", 2, "F (Capaciteit)");
        assertThat(f.tekst()).contains("onwaarschijnlijk groot getal (250.000)");
    }

    @Test
    void onbekende_gemeente_wordt_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> {
            zet(wb, "Gemeente", 0, 1, "GM9999");
            zet(wb, "Gemeente", 1, 1, null);
        })), "Gemeente", 1, "B (Gemeentecode)");
        assertThat(f.tekst()).contains("onbekende code 'GM9999'");

        Melding g = enigeFout(lees(RetourFixture.schrijf(map, wb -> {
            zet(wb, "Gemeente", 0, 1, null);
            zet(wb, "Gemeente", 1, 1, "Nergenshuizen");
        })), "Gemeente", 2, "B (Gemeente)");
        assertThat(g.tekst()).isEqualTo("onbekende gemeente 'Nergenshuizen'");
    }

    @Test
    void code_en_naam_die_niet_bij_elkaar_horen_worden_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Gemeente", 1, 1, "Almelo"))), "Gemeente", 2, "B (Gemeente)");
        assertThat(f.tekst()).contains("GM0153 (Enschede)", "'Almelo' (GM0141)", "horen niet bij elkaar");
    }

    @Test
    void retour_voor_de_verkeerde_periode_wordt_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Gemeente", 2, 1, "2022-11"))), "Gemeente", 3, "B (Peilmaand)");
        assertThat(f.tekst()).isEqualTo("retour voor 2022-11, verwacht 2022-12");
    }

    @Test
    void peilmaand_die_excel_als_datum_opsloeg_wordt_gelezen() throws Exception {
        Path p = RetourFixture.schrijf(map, wb -> {
            Cell c = wb.getSheet("Gemeente").getRow(2).getCell(1);
            c.setCellValue(LocalDate.of(2022, 12, 1));
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
            c.setCellStyle(s);
        });
        assertThat(lees(p).waarde().peilmaand()).isEqualTo(DECEMBER);
    }

    @Test
    void ontbrekend_blad_wordt_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> wb.removeSheetAt(wb.getSheetIndex("Knelpunten")))), "Knelpunten", null, null);
        assertThat(f.tekst()).contains("blad 'Knelpunten' ontbreekt", "Gemeente, Locaties, Statushouders, Toelichting");
    }

    @Test
    void ontbrekende_kop_wordt_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 0, 5, "Plekken"))), "Locaties", 1, "Capaciteit");
        assertThat(f.tekst()).isEqualTo("kolom 'Capaciteit' ontbreekt in de kopregel (rij 1)");
    }

    @Test
    void onbekende_doelgroep_wordt_afgewezen_met_de_toegestane_waarden() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 8, 3, "Vluchtelingen"))), "Locaties", 9, "D (Doelgroep)");
        assertThat(f.tekst()).isEqualTo("onbekende waarde 'Vluchtelingen'; toegestaan: Asielzoekers, AMV, Oekraïners, Statushouders");
    }

    @Test
    void dubbel_locatie_id_wordt_afgewezen() throws Exception {
        Melding f = enigeFout(lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 5, 0, "ens-01"))), "Locaties", 6, "A (Locatie-id)");
        assertThat(f.tekst()).contains("komt twee keer voor (ook in rij 2)");
    }

    @Test
    void bezetting_boven_capaciteit_is_een_waarschuwing() throws Exception {
        Leesresultaat<Maandretour> r = lees(RetourFixture.schrijf(map, wb -> zet(wb, "Locaties", 1, 6, 300)));
        assertThat(r.isAfgewezen()).isFalse();
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> assertThat(w.omschrijving())
                .contains("rij 2", "kolom G (Bezetting)", "bezetting 300 is groter dan de capaciteit 101"));
    }

    @Test
    void verzamelt_alle_problemen_van_een_bestand() throws Exception {
        Leesresultaat<Maandretour> r = lees(RetourFixture.schrijf(map, wb -> {
            zet(wb, "Gemeente", 2, 1, "2022-11");
            zet(wb, "Locaties", 1, 3, "Vluchtelingen");
            zet(wb, "Locaties", 2, 5, -1);
            zet(wb, "Locaties", 3, 8, "31-02-2022");
            zet(wb, "Locaties", 4, 11, "Enschede, Atlantis");
            zet(wb, "Statushouders", 1, 0, "2023-3");
            zet(wb, "Knelpunten", 1, 2, "Gemeenteraad");
        }));
        assertThat(r.fouten()).extracting(m -> m.blad() + "!" + m.rij() + "!" + m.kolom()).containsExactly(
                "Gemeente!3!B (Peilmaand)", "Locaties!2!D (Doelgroep)", "Locaties!3!F (Capaciteit)", "Locaties!4!I (Open vanaf)",
                "Locaties!5!L (Gedeeld met)", "Statushouders!2!A (Halfjaar)", "Knelpunten!2!C (Gevraagd van)");
    }

    /** The uitvraag leaves Gehuisvest blank; a blank for a half year under way is "not answered", not 0. */
    @Test
    void leeg_gehuisvest_voor_een_begonnen_halfjaar_is_een_waarschuwing_en_geen_stille_nul() throws Exception {
        Leesresultaat<Maandretour> r = lees(RetourFixture.schrijf(map, wb -> {
            var s = wb.getSheet("Statushouders");
            s.getRow(1).removeCell(s.getRow(1).getCell(3));       // 2023-1 begins after december 2022: may stay blank
            var lopend = s.createRow(2);                             // 2022-2 is under way in december 2022
            lopend.createCell(0).setCellValue("2022-2");
            lopend.createCell(1).setCellValue(150);
            lopend.createCell(2).setCellValue(0);
        }));

        assertThat(r.isAfgewezen()).isFalse();
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> {
            assertThat(w.blad()).isEqualTo("Statushouders");
            assertThat(w.rij()).isEqualTo(3);
            assertThat(w.kolom()).isEqualTo("D (Gehuisvest)");
            assertThat(w.omschrijving()).contains("GM0153-enschede.xlsx", "blad 'Statushouders'", "rij 3", "kolom D (Gehuisvest)",
                    "niet ingevuld voor 2e helft 2022", "niet ingevuld is geen 0");
        });
        assertThat(r.waarde().statushouders()).extracting(s -> s.halfjaar().code() + "=" + s.taakstelling())
                .containsExactly("2023-1=175", "2022-2=150");
    }
}
