package nl.regietafel.report.kaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.kaart.Kaart;
import nl.regietafel.domain.kaart.Kaartmaker;
import nl.regietafel.domain.kaart.Topologie;
import nl.regietafel.domain.kaart.Voortgangsklasse;
import nl.regietafel.domain.trend.Trend;
import nl.regietafel.report.Documentkop;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Opgavestand;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped boundaries: one shape per gemeente of a region, coloured by its own figures. */
class KaartbeeldenTest {

    private static Topologie topologie;
    private static Map<String, List<String[]>> perRegio;

    @BeforeAll
    static void lees() throws IOException {
        try (InputStream in = KaartbeeldenTest.class.getClassLoader().getResourceAsStream("kaart/nl-vr-gm.topo.json")) {
            topologie = Kaartbron.lees(in);
        }
        // gemcode,name,displayName,vrCode,vrName,population_count (the repo's copy of the reference data)
        perRegio = new LinkedHashMap<>();
        for (String regel : Files.readAllLines(Path.of("input/referentie/minvws_gm_vr_population_count.csv"), StandardCharsets.UTF_8)
                .subList(1, 343)) {
            String[] d = regel.split(",");
            perRegio.computeIfAbsent(d[3], k -> new ArrayList<>()).add(d);
        }
    }

    @Test
    void hetBestandHeeftAlleGemeentenEnVeiligheidsregios() {
        assertThat(topologie.codes(Kaartbron.GEMEENTEN)).hasSize(342).contains("GM0153", "GM1992");
        assertThat(topologie.codes(Kaartbron.VEILIGHEIDSREGIOS)).hasSize(25).contains("VR05", "VR03");
    }

    @Test
    void twenteHeeftVeertienEnDrentheTwaalfVormen() {
        Kaartmaker maker = new Kaartmaker(topologie);
        List<String> twente = perRegio.get("VR05").stream().map(d -> d[0]).toList();
        List<String> drenthe = perRegio.get("VR03").stream().map(d -> d[0]).toList();
        Kaart kt = maker.maak(Kaartbron.GEMEENTEN, twente, 470, 420, 10);
        Kaart kd = maker.maak(Kaartbron.GEMEENTEN, drenthe, 470, 420, 10);
        assertThat(kt.vlakken()).hasSize(14);
        assertThat(kd.vlakken()).hasSize(12);
        // Every shape lies within the box, and the outline is not empty.
        kt.vlakken().forEach(v -> v.ringen().forEach(r -> {
            for (double[] p : r) {
                assertThat(p[0]).isBetween(9.99, 460.01);
                assertThat(p[1]).isBetween(9.99, 410.01);
            }
        }));
        assertThat(kt.omtrek()).isNotEmpty();
    }

    @Test
    void deKleurenVolgenDeCijfers() {
        // Given Twente with Almelo at 100 % of its asiel opgave (250 of 250), Enschede at 0 % (0 of 600),
        // Borne at 40 % (40 of 100) and the others at 80 % (80 of 100)
        List<String[]> twente = perRegio.get("VR05");
        Peildatum april = Peildatum.of("2023-04-01");
        List<Gemeentebeeld> gemeenten = new ArrayList<>();
        for (String[] d : twente) {
            long opgave = switch (d[0]) { case "GM0141" -> 250; case "GM0153" -> 600; default -> 100; };
            long real = switch (d[0]) { case "GM0141" -> 250; case "GM0153" -> 0; case "GM0147" -> 40; default -> 80; };
            gemeenten.add(new Gemeentebeeld(d[0], d[1], Long.parseLong(d[5]), true, "",
                    List.of(stand(Opgave.ASIEL, april, opgave, real)), null, List.of(), List.of(), null));
        }
        Maandbeeld beeld = new Maandbeeld(new Documentkop("Maandpakket", "VR05", "Twente", YearMonth.of(2022, 12),
                LocalDateTime.of(2022, 12, 31, 12, 0), "abc"), "PV23", "Overijssel", 633_917, null,
                List.of(stand(Opgave.ASIEL, april, 2050, 1250)), gemeenten, null, null, List.of(), null, List.of(), List.of(), null, List.of());

        // When the asiel map is made
        Kaartbeeld kaart = new Kaartbeelden(new Kaartmaker(topologie), new Opmaak()).opgave(beeld, Opgave.ASIEL);

        // Then there is one shape per gemeente, and a gemeente at 100 % is not coloured as one at 0 %
        assertThat(kaart.kaart().vlakken()).hasSize(14);
        assertThat(kaart.gebied("GM0141").kleur()).isEqualTo(Voortgangsklasse.VOLLEDIG.kleur());
        assertThat(kaart.gebied("GM0153").kleur()).isEqualTo(Voortgangsklasse.MINDER_DAN_25.kleur());
        assertThat(kaart.gebied("GM0147").kleur()).isEqualTo(Voortgangsklasse.VAN_25_TOT_50.kleur());
        assertThat(kaart.gebied("GM0141").kleur()).isNotEqualTo(kaart.gebied("GM0153").kleur());
        // and the words say it too
        assertThat(kaart.gebied("GM0141").waarde()).isEqualTo("100 %");
        assertThat(kaart.gebied("GM0153").waarde()).isEqualTo("0 %");
        assertThat(kaart.gebied("GM0153").tooltip()).isEqualTo("Enschede — Asielzoekers (incl. AMV's) 1 april 2023: 0 van 600 plekken gerealiseerd (0 %)");

        // and the SVG has one named path per gemeente with its tooltip
        String svg = KaartSvg.svg(kaart);
        assertThat(svg.split("<path class=\"gebied").length - 1).isEqualTo(14);
        assertThat(svg).contains("data-code=\"GM0141\" data-waarde=\"100 %\" aria-label=\"Almelo\" fill=\"#253494\"");
        assertThat(svg).contains("<title>Enschede — Asielzoekers (incl. AMV&#39;s) 1 april 2023: 0 van 600 plekken gerealiseerd (0 %)</title>");
    }

    @Test
    void namenDieElkaarZoudenOverlappenVallenWeg() {
        Kaartmaker maker = new Kaartmaker(topologie);
        Kaartbeelden beelden = new Kaartbeelden(maker, new Opmaak());
        // Given the whole country by veiligheidsregio (the national run's map) and Overijssel's two regions
        Map<String, String> land = new LinkedHashMap<>();
        perRegio.forEach((vr, rijen) -> land.put(vr, rijen.get(0)[4]));
        Kaartbeeld nl = beelden.provincie("Nederland", land, List.of());
        Kaartbeeld overijssel = beelden.provincie("Overijssel", Map.of("VR04", "IJsselland", "VR05", "Twente"), List.of());

        // When the labels are chosen
        var nlNamen = Kaartlabels.zichtbaar(nl);
        var ovNamen = Kaartlabels.zichtbaar(overijssel);

        // Then no two drawn labels overlap, the national map leaves most of its 25 names to the tooltip,
        // and a province of two regions keeps both names
        assertThat(nl.kaart().vlakken()).hasSize(25);
        assertThat(nlNamen).hasSizeBetween(5, 20);
        assertThat(ovNamen).containsExactlyInAnyOrder("VR04", "VR05");
        List<double[]> vakken = nl.kaart().vlakken().stream().filter(v -> nlNamen.contains(v.code()))
                .map(v -> Kaartlabels.vak(v, nl.gebied(v.code()), 1, nl.kaart().breedte())).toList();
        for (int i = 0; i < vakken.size(); i++) {
            for (int j = i + 1; j < vakken.size(); j++) {
                double[] a = vakken.get(i), b = vakken.get(j);
                assertThat(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).as("labels %d en %d overlappen", i, j).isFalse();
            }
        }
        // the largest region is always named, and the SVG has a text for exactly the chosen names (the tooltip for all 25)
        String svg = KaartSvg.svg(nl);
        assertThat(svg.split("<text x=").length - 1 - nl.legenda().size() - 1).isEqualTo(nlNamen.size());
        assertThat(svg.split("<title>").length - 1).isEqualTo(26);
    }

    private static Opgavestand stand(Opgave o, Peildatum p, long opgave, long realisatie) {
        return new Opgavestand(o, p, "", opgave, false, null, realisatie, realisatie, List.of(), 0, 0, List.of(), 0,
                new Trend(realisatie, null));
    }
}
