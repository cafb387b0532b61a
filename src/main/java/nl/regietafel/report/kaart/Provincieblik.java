package nl.regietafel.report.kaart;

import java.util.List;

/** The PRT-inbreng at a glance: the province with its veiligheidsregio's, and each region's traffic-light matrix. */
public record Provincieblik(Kaartbeeld kaart, List<Stoplichtmatrix> matrices) {

    public static final String KAART = "provincie";
}
