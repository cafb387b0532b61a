package nl.regietafel.report;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * What every page of every document says about itself: region, period, when it was made and
 * the fingerprint of the inputs it was made from (SPEC §6), and the regietafel it is from (its
 * name from the region settings, "Regietafel Groningen" without them) with its logo, when the
 * settings name a usable one ({@code logo}: a {@code data:image/…} URI, else null).
 */
public record Documentkop(String titel, String regioCode, String regioNaam, YearMonth periode,
                          LocalDateTime gegenereerd, String vingerafdruk, String regietafel, String logo) {

    /** Without a logo. */
    public Documentkop(String titel, String regioCode, String regioNaam, YearMonth periode, LocalDateTime gegenereerd,
                       String vingerafdruk, String regietafel) {
        this(titel, regioCode, regioNaam, periode, gegenereerd, vingerafdruk, regietafel, null);
    }

    /** A heading with the neutral name of the regietafel ("Regietafel Groningen"). */
    public Documentkop(String titel, String regioCode, String regioNaam, YearMonth periode, LocalDateTime gegenereerd,
                       String vingerafdruk) {
        this(titel, regioCode, regioNaam, periode, gegenereerd, vingerafdruk, null, null);
    }

    public Documentkop {
        regietafel = regietafel == null || regietafel.isBlank() ? "Regietafel " + regioNaam : regietafel;
    }

    public Documentkop metTitel(String andereTitel) {
        return new Documentkop(andereTitel, regioCode, regioNaam, periode, gegenereerd, vingerafdruk, regietafel, logo);
    }

    /** The first 12 hex digits: enough to tell runs apart on paper. */
    public String korteVingerafdruk() {
        return vingerafdruk.length() > 12 ? vingerafdruk.substring(0, 12) : vingerafdruk;
    }
}
