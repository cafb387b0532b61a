package nl.regietafel.domain;

import java.util.Optional;

/** A coded value with the Dutch text users see and type (drop-down lists, documents). */
public interface Label {

    String label();

    /** Finds the constant whose label matches {@code text}, ignoring case, accents and spacing. */
    static <E extends Enum<E> & Label> Optional<E> vanTekst(Class<E> type, String text) {
        if (text == null) return Optional.empty();
        String key = sleutel(text);
        for (E e : type.getEnumConstants()) {
            if (sleutel(e.label()).equals(key)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** Comparison key: no accents, lower case, single spaces, trimmed. */
    static String sleutel(String text) {
        return Vergelijksleutel.van(text);
    }
}
