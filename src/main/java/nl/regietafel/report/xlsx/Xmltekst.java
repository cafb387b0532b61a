package nl.regietafel.report.xlsx;

/**
 * Text and attribute values escaped as POI's XML library (XMLBeans) saves them, for the parts that
 * {@link EigenWerkboek} writes itself: {@code &} and {@code <} (and {@code "} in an attribute) as entities,
 * {@code >} only after {@code ]]}, a carriage return in text as a character reference, and characters that
 * XML 1.0 cannot hold as '?'. Like XMLBeans, a text of more than 32 characters with more than 5 of
 * {@code &} and {@code <} goes into a CDATA section instead (not in the shared strings, where POI turns
 * that off).
 */
final class Xmltekst {

    private static final int CDATA_LENGTE = 32;
    private static final int CDATA_ENTITEITEN = 5;

    private Xmltekst() {
    }

    static String tekst(String waarde) {
        if (waarde.length() > CDATA_LENGTE && entiteiten(waarde) > CDATA_ENTITEITEN) return cdata(waarde);
        return ontsnapt(waarde, false);
    }

    /** As the shared strings table saves its texts: never as CDATA. */
    static String tekstZonderCdata(String waarde) {
        return ontsnapt(waarde, false);
    }

    /** {@code <naam>tekst</naam>}, or {@code <naam/>} for an empty text, as XMLBeans writes an element. */
    static StringBuilder element(StringBuilder x, String naam, String tekst) {
        if (tekst.isEmpty()) return x.append('<').append(naam).append("/>");
        return x.append('<').append(naam).append('>').append(tekst(tekst)).append("</").append(naam).append('>');
    }

    static String attribuut(String waarde) {
        return ontsnapt(waarde, true);
    }

    private static int entiteiten(String waarde) {
        int n = 0;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            if (c == '<' || c == '&') n++;
        }
        return n;
    }

    /** As XMLBeans' saver: the first character as it is, a {@code ]]>} split over two sections, bad characters '?'. */
    private static String cdata(String waarde) {
        StringBuilder uit = new StringBuilder(waarde.length() + 24).append("<![CDATA[").append(waarde.charAt(0));
        boolean voorlaatsteHaak = false;
        boolean laatsteHaak = waarde.charAt(0) == ']';
        for (int i = 1; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            if (c == '>' && voorlaatsteHaak && laatsteHaak) {
                uit.append("]]>><![CDATA[");
            } else if (ongeldig(waarde, i)) {
                uit.append('?');
            } else {
                uit.append(c);
            }
            voorlaatsteHaak = laatsteHaak;
            laatsteHaak = c == ']';
        }
        return uit.append("]]>").toString();
    }

    private static String ontsnapt(String waarde, boolean attribuut) {
        StringBuilder uit = null;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            String vervanging = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                // as XMLBeans: only where it would end a CDATA section
                case '>' -> !attribuut && i >= 2 && waarde.charAt(i - 1) == ']' && waarde.charAt(i - 2) == ']' ? "&gt;" : null;
                case '"' -> attribuut ? "&quot;" : null;
                case '\r' -> "&#13;";
                default -> ongeldig(waarde, i) ? "?" : null;
            };
            if (vervanging != null && uit == null) uit = new StringBuilder(waarde.length() + 16).append(waarde, 0, i);
            if (uit != null) {
                if (vervanging != null) uit.append(vervanging);
                else uit.append(c);
            }
        }
        return uit == null ? waarde : uit.toString();
    }

    /** A character that XML 1.0 does not allow: controls other than tab and newline, a lone surrogate, U+FFFE/FFFF. */
    private static boolean ongeldig(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
        if (c == 0xFFFE || c == 0xFFFF) return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
