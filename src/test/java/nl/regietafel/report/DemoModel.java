package nl.regietafel.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model of templates/demo/voorbeeld.ftlx: fictitious Twente figures. Public records, because
 * FreeMarker only reads accessors of public classes.
 */
public record DemoModel(String titel, YearMonth periode, LocalDateTime gegenereerd, String vingerafdruk,
                        LocalDate peildatum, String invoertekst, List<Gemeenteregel> gemeenten,
                        List<Kwartaalregel> kwartalen, long totaalOpgave, long totaalRealisatie,
                        BigDecimal realisatieFractie, long verschil, String lijngrafiek) {

    public record Gemeenteregel(String naam, long opgave, long realisatie, BigDecimal fractie) {
    }

    public record Kwartaalregel(String gemeente, String kwartaal, long opgave, long gehuisvest, long cumulatief) {
    }

    public static final String[] NAMEN = {"Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn",
            "Hengelo", "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden"};
    public static final long[] OPGAVE = {182, 62, 75, 449, 69, 101, 230, 100, 63, 82, 108, 58, 87, 278};
    public static final long[] REALISATIE = {151, 70, 61, 377, 52, 96, 214, 83, 66, 59, 97, 49, 71, 278};

    static DemoModel voorbeeld(Grafieken grafieken) {
        List<Gemeenteregel> gemeenten = new ArrayList<>();
        List<Kwartaalregel> kwartalen = new ArrayList<>();
        long opgave = 0;
        long realisatie = 0;
        for (int i = 0; i < NAMEN.length; i++) {
            gemeenten.add(new Gemeenteregel(NAMEN[i], OPGAVE[i], REALISATIE[i], fractie(REALISATIE[i], OPGAVE[i])));
            opgave += OPGAVE[i];
            realisatie += REALISATIE[i];
            long cumulatief = 0;
            for (int q = 1; q <= 4; q++) {
                long gehuisvest = REALISATIE[i] / 4 + (q <= REALISATIE[i] % 4 ? 1 : 0);
                cumulatief += gehuisvest;
                kwartalen.add(new Kwartaalregel(NAMEN[i], "Q" + q + " 2022", OPGAVE[i] / 4 + (q <= OPGAVE[i] % 4 ? 1 : 0),
                        gehuisvest, cumulatief));
            }
        }
        List<String> maanden = List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
        List<Long> gerealiseerd = new ArrayList<>();
        List<Long> opSchema = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            gerealiseerd.add(Math.round(realisatie * Math.pow(m / 12.0, 1.15)));
            opSchema.add(Math.round(opgave * m / 12.0));
        }
        String lijn = Grafieken.dataUri(grafieken.lijndiagram(null, "vergunninghouders",
                maanden, List.of(new Grafieken.Reeks("Gerealiseerd", gerealiseerd), new Grafieken.Reeks("Op schema", opSchema))));
        return new DemoModel("Maandpakket Twente", YearMonth.of(2022, 12), LocalDateTime.of(2026, 11, 28, 14, 3),
                "3f2a9c1b", LocalDate.of(2023, 4, 1), "<b>Vluchtelingenwerk & COA</b>", gemeenten, kwartalen,
                opgave, realisatie, fractie(realisatie, opgave), 220, lijn);
    }

    /** The vector charts of the demo, by the name the template uses in {@code grafiek:naam}; one map per document. */
    static Map<String, Grafieken.Grafiek> grafieken(Grafieken grafieken) {
        return Map.of("gemeenten", grafieken.staaf(null, "vergunninghouders", List.of(NAMEN),
                List.of(new Grafieken.Reeks("Opgave", longs(OPGAVE)), new Grafieken.Reeks("Realisatie", longs(REALISATIE)))));
    }

    private static BigDecimal fractie(long teller, long noemer) {
        return BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), MathContext.DECIMAL64);
    }

    private static List<Long> longs(long[] waarden) {
        return java.util.Arrays.stream(waarden).boxed().toList();
    }
}
