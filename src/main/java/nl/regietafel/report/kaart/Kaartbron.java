package nl.regietafel.report.kaart;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.kaart.Kaartmaker;
import nl.regietafel.domain.kaart.Topologie;
import nl.regietafel.domain.kaart.Vlak;
import nl.regietafel.report.RenderFout;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The boundaries the maps are drawn from: {@code kaart/nl-vr-gm.topo.json} in the jar (CBS/PDOK
 * gemeentegrenzen 1 januari 2023, see {@code kaart/SOURCES.md}), read once and shared.
 */
@Component
public class Kaartbron {

    public static final String GEMEENTEN = "gm_features";
    public static final String VEILIGHEIDSREGIOS = "vr_features";
    public static final String BRON = "CBS/PDOK, gegeneraliseerde gemeentegrenzen 1 januari 2023"
            + " (via minvws/nl-covid19-data-dashboard, EUPL-1.2)";
    private static final String BESTAND = "kaart/nl-vr-gm.topo.json";

    private volatile Kaartmaker maker;

    public Kaartmaker maker() {
        Kaartmaker m = maker;
        if (m == null) {
            synchronized (this) {
                if (maker == null) {
                    try (InputStream in = Kaartbron.class.getClassLoader().getResourceAsStream(BESTAND)) {
                        if (in == null) throw new RenderFout("Kaartbestand " + BESTAND + " ontbreekt in het programma");
                        maker = new Kaartmaker(lees(in));
                    } catch (IOException | JacksonException e) {
                        throw new RenderFout("Kaartbestand " + BESTAND + " is onleesbaar: " + e.getMessage(), e);
                    }
                }
                m = maker;
            }
        }
        return m;
    }

    /** A TopoJSON topology with a transform; areas keep the property {@code code}. */
    static Topologie lees(InputStream in) {
        JsonNode wortel = JsonMapper.builder().build().readTree(in);
        List<int[][]> bogen = new ArrayList<>();
        for (JsonNode boog : wortel.path("arcs")) {
            int[][] punten = new int[boog.size()][];
            for (int i = 0; i < punten.length; i++) {
                punten[i] = new int[]{boog.get(i).get(0).asInt(), boog.get(i).get(1).asInt()};
            }
            bogen.add(punten);
        }
        JsonNode t = wortel.path("transform");
        double[] schaal = {t.path("scale").path(0).asDouble(1), t.path("scale").path(1).asDouble(1)};
        double[] verschuiving = {t.path("translate").path(0).asDouble(0), t.path("translate").path(1).asDouble(0)};
        Map<String, List<Vlak>> lagen = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> laag : wortel.path("objects").properties()) {
            List<Vlak> vlakken = new ArrayList<>();
            for (JsonNode g : laag.getValue().path("geometries")) {
                String code = g.path("properties").path("code").asString("");
                List<List<int[]>> polygonen = new ArrayList<>();
                switch (g.path("type").asString("")) {
                    case "Polygon" -> polygonen.add(polygoon(g.path("arcs")));
                    case "MultiPolygon" -> g.path("arcs").forEach(p -> polygonen.add(polygoon(p)));
                    default -> { /* points and lines are not areas */ }
                }
                if (!polygonen.isEmpty()) vlakken.add(new Vlak(code, polygonen));
            }
            lagen.put(laag.getKey(), vlakken);
        }
        return Topologie.gekwantiseerd(bogen, schaal, verschuiving, lagen);
    }

    private static List<int[]> polygoon(JsonNode ringen) {
        List<int[]> uit = new ArrayList<>();
        for (JsonNode ring : ringen) {
            int[] refs = new int[ring.size()];
            for (int i = 0; i < refs.length; i++) refs[i] = ring.get(i).asInt();
            uit.add(refs);
        }
        return uit;
    }
}
