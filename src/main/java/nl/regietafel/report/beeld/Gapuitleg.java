package nl.regietafel.report.beeld;

import java.util.List;

import nl.regietafel.report.Opmaak;

/**
 * Says in words how a statushouders gap is made up when an achterstand (or voorsprong) is carried
 * in: the opgaven tables print the taakstelling of record and, as gap, what the statushouders
 * tables call "nog te huisvesten" (gecorrigeerde taakstelling − gehuisvest). One sentence per
 * such row, so both tables print one value and the reader sees why it differs from the taakstelling.
 */
public final class Gapuitleg {

    private Gapuitleg() {
    }

    public static List<String> regels(List<Opgavestand> standen, Opmaak fmt) {
        return standen.stream().filter(s -> s.achterstandIn() != 0).map(s -> regel(s, fmt)).toList();
    }

    static String regel(Opgavestand s, Opmaak fmt) {
        long a = s.achterstandIn();
        return s.opgave().label() + " " + s.peildatum().label() + ": gap " + fmt.getal(s.gap()) + " = nog te huisvesten"
                + " = taakstelling " + fmt.getal(s.opgaveAantal())
                + (a > 0 ? " + achterstand " + fmt.getal(a) : " − voorsprong " + fmt.getal(-a)) + " uit het vorige halfjaar"
                + " (gecorrigeerde taakstelling " + fmt.getal(s.gecorrigeerd()) + ") − gehuisvest " + fmt.getal(s.realisatie()) + ".";
    }
}
