package nl.regietafel.report;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * What every page of every document says about itself: region, period, when it was made and
 * the fingerprint of the inputs it was made from (SPEC §6).
 */
public record Documentkop(String titel, String regioCode, String regioNaam, YearMonth periode,
                          LocalDateTime gegenereerd, String vingerafdruk) {

    public Documentkop metTitel(String andereTitel) {
        return new Documentkop(andereTitel, regioCode, regioNaam, periode, gegenereerd, vingerafdruk);
    }

    /** The first 12 hex digits: enough to tell runs apart on paper. */
    public String korteVingerafdruk() {
        return vingerafdruk.length() > 12 ? vingerafdruk.substring(0, 12) : vingerafdruk;
    }
}
