package nl.regietafel.report;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RegelafbrekingTest {

    private static final String[] WOORDEN = {"Almelo", "Hengelo", "Dinkelland", "—", "statushouders", "1.944", "(cbs-2022)",
            "Bron:", "COA,", "peildatum", "1", "april", "2023.", "Tubbergen/Twenterand", "https://www.coa.nl/nl/opvang",
            "a-b", "e.v.", ";", "?", "!", " ", "\u00a0", "€ 12,50", "Noardeast-Fryslân", "x", "\n", "\t", "://", "/", "//"};

    @Test
    void everyTextGetsFlyingSaucersOwnBreakPoints() {
        Random toeval = new Random(7);
        List<String> teksten = new ArrayList<>(List.of("", " ", "/", "a/b", "Zonder schuine streep, maar met woorden.",
                "http://x.nl/a/b c", "Tabel 2.1 — Opvang Oekraïners (peildatum 1 april 2023)"));
        for (int i = 0; i < 300; i++) {
            StringBuilder tekst = new StringBuilder();
            int n = 1 + toeval.nextInt(60);
            for (int w = 0; w < n; w++) {
                tekst.append(WOORDEN[toeval.nextInt(WOORDEN.length)]);
                if (toeval.nextBoolean()) tekst.append(' ');
            }
            teksten.add(tekst.toString());
        }
        for (String tekst : teksten) {
            assertThat(punten(Regelafbreking.GEDEELD.getBreakPointsProvider(tekst, "nl", null)))
                    .as(tekst)
                    .isEqualTo(punten(new DefaultLineBreakingStrategy().getBreakPointsProvider(tekst, "nl", null)));
        }
    }

    @Test
    void aLongTextWithoutSlashBreaksAtTheJdksLinePoints() {
        String tekst = "Opgave en realisatie per gemeente ".repeat(2000);
        List<Integer> punten = punten(Regelafbreking.GEDEELD.getBreakPointsProvider(tekst, "nl", null));
        assertThat(punten).hasSize(5 * 2000).startsWith(7, 10, 21);
        assertThat(punten.get(punten.size() - 1)).isEqualTo(tekst.length());
        assertThat(punten).isEqualTo(punten(new DefaultLineBreakingStrategy().getBreakPointsProvider(tekst, "nl", null)));
    }

    private static List<Integer> punten(BreakPointsProvider afbreking) {
        List<Integer> uit = new ArrayList<>();
        for (BreakPoint p = afbreking.next(); p.getPosition() != BreakIterator.DONE; p = afbreking.next()) {
            uit.add(p.getPosition());
        }
        return uit;
    }
}
