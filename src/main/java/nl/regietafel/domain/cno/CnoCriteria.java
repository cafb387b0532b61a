package nl.regietafel.domain.cno;

/**
 * When a CNO location could be transferred to the COA (procesplan §4, spoor B), and when
 * capacity counts as durable.
 *
 * @param minimumPlekkenCoa        COA staffs locations from this many places (procesplan §3.2: "tenminste 150")
 * @param minimumPlekkenAmv        COA locations for AMV usually have at least this many (procesplan §3.2: 50)
 * @param duurzaamMeerDanPlekken   Spreidingswet: durable capacity is more than this many places (Bijlage 2: "> 100")
 * @param duurzaamMinimumJaren     ... for at least this many years (Bijlage 2: "minimaal 5 jaar")
 * @param minimumResterendeMaanden a location must stay available at least this long after the peildatum (configurable)
 */
public record CnoCriteria(long minimumPlekkenCoa, long minimumPlekkenAmv, long duurzaamMeerDanPlekken,
                          int duurzaamMinimumJaren, int minimumResterendeMaanden) {

    public CnoCriteria {
        if (minimumPlekkenCoa < 0 || minimumPlekkenAmv < 0 || duurzaamMeerDanPlekken < 0
                || duurzaamMinimumJaren < 0 || minimumResterendeMaanden < 0) {
            throw new IllegalArgumentException("CNO-criteria mogen niet negatief zijn");
        }
    }

    /** The figures from the sources named above; 12 months remaining availability. */
    public static CnoCriteria standaard() {
        return new CnoCriteria(150, 50, 100, 5, 12);
    }

    public CnoCriteria metMinimumResterendeMaanden(int maanden) {
        return new CnoCriteria(minimumPlekkenCoa, minimumPlekkenAmv, duurzaamMeerDanPlekken, duurzaamMinimumJaren, maanden);
    }
}
