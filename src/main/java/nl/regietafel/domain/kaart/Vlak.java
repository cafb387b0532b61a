package nl.regietafel.domain.kaart;

import java.util.List;

/**
 * One area of a TopoJSON layer (a gemeente or veiligheidsregio) by its code: polygons, each a list
 * of rings, each ring a list of arc references (TopoJSON: {@code ~i} = arc {@code i} reversed).
 */
public record Vlak(String code, List<List<int[]>> polygonen) {

    public Vlak {
        polygonen = List.copyOf(polygonen);
    }
}
