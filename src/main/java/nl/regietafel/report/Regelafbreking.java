package nl.regietafel.report;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

import java.text.BreakIterator;

/**
 * Flying Saucer's line breaking, with the same break points in less time. Its URL-aware
 * iterator looks for a '/' from every break point to the end of the text that is left, so
 * breaking a long text costs the square of its length (2 % of the national month's CPU). In a
 * text without '/' it never finds one and gives exactly the break points of the JDK's line
 * iterator: such a text gets that iterator directly; any other text gets Flying Saucer's own.
 * Stateless, so one instance serves every document.
 */
final class Regelafbreking implements LineBreakingStrategy {

    static final Regelafbreking GEDEELD = new Regelafbreking();

    private final LineBreakingStrategy standaard = new DefaultLineBreakingStrategy();

    private Regelafbreking() {
    }

    @Override
    public BreakPointsProvider getBreakPointsProvider(String tekst, String taal, CalculatedStyle stijl) {
        if (tekst.indexOf('/') >= 0) {
            return standaard.getBreakPointsProvider(tekst, taal, stijl);
        }
        return new Regelpunten(tekst);
    }

    /**
     * The JDK's line break points of one text. A class, not a lambda: C1, the only compiler of the
     * run, makes a capturing lambda through a native call (Unsafe.allocateInstance), a plain
     * {@code new} inline.
     */
    private static final class Regelpunten implements BreakPointsProvider {
        private final BreakIterator regels = BreakIterator.getLineInstance();

        Regelpunten(String tekst) {
            regels.setText(tekst);
        }

        @Override
        public BreakPoint next() {
            int volgende = regels.next();
            return volgende == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(volgende);
        }
    }
}
