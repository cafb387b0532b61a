package nl.regietafel.ingest;

import java.util.List;

/**
 * What a reader returns: the value read and every problem found. A file with any
 * {@link Melding.Ernst#FOUT} is rejected whole: {@code waarde} is then null.
 */
public record Leesresultaat<T>(T waarde, List<Melding> meldingen) {

    public Leesresultaat {
        meldingen = List.copyOf(meldingen);
        if (meldingen.stream().anyMatch(Melding::isFout)) {
            waarde = null;
        }
    }

    public static <T> Leesresultaat<T> van(T waarde, List<Melding> meldingen) {
        return new Leesresultaat<>(waarde, meldingen);
    }

    public static <T> Leesresultaat<T> afgewezen(List<Melding> meldingen) {
        return new Leesresultaat<>(null, meldingen);
    }

    public boolean isAfgewezen() {
        return waarde == null || meldingen.stream().anyMatch(Melding::isFout);
    }

    public List<Melding> fouten() {
        return meldingen.stream().filter(Melding::isFout).toList();
    }

    public List<Melding> waarschuwingen() {
        return meldingen.stream().filter(m -> !m.isFout()).toList();
    }
}
