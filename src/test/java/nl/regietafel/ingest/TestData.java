package nl.regietafel.ingest;

import java.nio.file.Path;

import nl.regietafel.domain.gebied.Gebiedsindeling;

/** The real CBS reference data as the repository ships it in {@code input/referentie/}, read once per test JVM. */
public final class TestData {

    public static final Path DATA = Path.of("input", "referentie");
    private static Gebiedsindeling indeling;

    private TestData() {
    }

    public static synchronized Gebiedsindeling indeling() {
        if (indeling == null) {
            Leesresultaat<Gebiedsindeling> r = ReferentieReader.leesIndeling(
                    DATA.resolve(ReferentieReader.GEMEENTEN_CSV), DATA.resolve(ReferentieReader.MINVWS_CSV));
            if (r.isAfgewezen()) throw new IllegalStateException(r.meldingen().toString());
            indeling = r.waarde();
        }
        return indeling;
    }
}
