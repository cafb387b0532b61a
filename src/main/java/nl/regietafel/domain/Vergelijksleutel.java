package nl.regietafel.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@link Label#sleutel}'s patterns, compiled once: every header cell of every return is keyed. */
final class Vergelijksleutel {

    private static final Pattern TEKENS = Pattern.compile("\\p{M}");
    private static final Pattern WIT = Pattern.compile("\\s+");

    private Vergelijksleutel() {
    }

    static String van(String text) {
        String zonderTekens = TEKENS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return WIT.matcher(zonderTekens.replace('\u00a0', ' ').toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
