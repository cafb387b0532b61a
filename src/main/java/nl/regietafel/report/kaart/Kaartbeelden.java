package nl.regietafel.report.kaart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.kaart.Kaart;
import nl.regietafel.domain.kaart.Kaartmaker;
import nl.regietafel.domain.kaart.Voortgangsklasse;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Opgavestand;
import nl.regietafel.report.kaart.Kaartbeeld.Kaartgebied;
import nl.regietafel.report.kaart.Kaartbeeld.Legendaregel;

/**
 * Builds the maps of a month from its {@link Maandbeeld}: per main opgave the gemeenten coloured
 * by the share realised at the opgave's first peildatum (the same figures as the maandpakket's
 * table per gemeente), a factsheet's gemeente within its region, and a province's regions.
 */
public final class Kaartbeelden {

    /** Map size in CSS pixels (the PDF scales it to the figure's width). */
    public static final double BREEDTE = 640;
    public static final double HOOGTE = 420;
    /** Room on the right for the legend. */
    public static final double LEGENDA = 170;
    private static final int MAX_NAMEN = 40;
    private static final String GEMARKEERD = "#154273";
    private static final String OVERIG = "#dde3ea";
    private static final String ZONDER = "#f4f4f4";

    private final Kaartmaker maker;
    private final Opmaak fmt;

    public Kaartbeelden(Kaartmaker maker, Opmaak fmt) {
        this.maker = maker;
        this.fmt = fmt;
    }

    /** The opgaven that get a map, in the order of the documents. */
    public static final List<Opgave> HOOFDOPGAVEN = List.of(Opgave.ASIEL, Opgave.STATUSHOUDERS, Opgave.OEKRAINE);

    /** One map per main opgave the region has ({@link Hoofdopgave}). */
    public List<Kaartbeeld> perOpgave(Maandbeeld b) {
        return Hoofdopgave.van(b).stream().map(h -> kaart(b, h)).toList();
    }

    /** The gemeenten coloured by the share of {@code opgave} realised; null when the month lacks it. */
    public Kaartbeeld opgave(Maandbeeld b, Opgave opgave) {
        return Hoofdopgave.van(b).stream().filter(h -> h.opgave() == opgave).findFirst().map(h -> kaart(b, h)).orElse(null);
    }

    private Kaartbeeld kaart(Maandbeeld b, Hoofdopgave h) {
        Kaart kaart = maker.maak(Kaartbron.GEMEENTEN, b.gemeenten().stream().map(Gemeentebeeld::code).toList(),
                BREEDTE - LEGENDA, HOOGTE, 10);
        List<Kaartgebied> gebieden = new ArrayList<>();
        for (int i = 0; i < b.gemeenten().size(); i++) {
            Gemeentebeeld g = b.gemeenten().get(i);
            long opg = h.gemeenten().get(i).opgave();
            long real = h.gemeenten().get(i).realisatie();
            Voortgangsklasse klasse = Voortgangsklasse.van(real, opg);
            String waarde = klasse == Voortgangsklasse.GEEN_OPGAVE ? "geen opgave" : procent(real, opg);
            String tooltip = g.naam() + " — " + h.kop() + ": "
                    + (opg <= 0 ? "geen opgave" : fmt.getal(real) + " van " + fmt.getal(opg) + " " + h.opgave().eenheid()
                    + (h.opgave() == Opgave.STATUSHOUDERS ? " gehuisvest (" : " gerealiseerd (") + waarde + ")")
                    + (g.retourOntvangen() ? "" : "; geen maandretour ontvangen");
            gebieden.add(new Kaartgebied(g.code(), g.naam(), waarde, klasse.kleur(), tooltip, false));
        }
        List<Legendaregel> legenda = new ArrayList<>();
        for (Voortgangsklasse k : Voortgangsklasse.values()) {
            boolean gebruikt = gebieden.stream().anyMatch(g -> g.kleur().equals(k.kleur()));
            if (k != Voortgangsklasse.GEEN_OPGAVE || gebruikt) legenda.add(new Legendaregel(k.kleur(), k.omschrijving()));
        }
        String wat = h.opgave() == Opgave.STATUSHOUDERS ? "aandeel van de gecorrigeerde taakstelling gehuisvest"
                : "aandeel van de opgave gerealiseerd";
        return new Kaartbeeld(h.kop() + ": " + wat, kaart, gebieden, legenda, gebieden.size() <= MAX_NAMEN, 1);
    }

    /**
     * The region with one gemeente highlighted and named (the factsheet's locator map, small in the
     * corner of its first page): no legend, the whole width for the region.
     */
    public Kaartbeeld ligging(Maandbeeld b, String gemeenteCode) {
        Kaart kaart = maker.maak(Kaartbron.GEMEENTEN, b.gemeenten().stream().map(Gemeentebeeld::code).toList(),
                BREEDTE, HOOGTE, 14);
        List<Kaartgebied> gebieden = new ArrayList<>();
        String naam = "";
        for (Gemeentebeeld g : b.gemeenten()) {
            boolean deze = g.code().equals(gemeenteCode);
            if (deze) naam = g.naam();
            gebieden.add(new Kaartgebied(g.code(), deze ? g.naam() : "", "", deze ? GEMARKEERD : OVERIG,
                    g.naam() + (deze ? " (deze factsheet)" : ""), deze));
        }
        return new Kaartbeeld("Ligging van " + naam + " in " + b.kop().regioNaam(), kaart, gebieden, List.of(), true, 3.2);
    }

    /**
     * A province's veiligheidsregio's ({@code regios}: code → name), those with a month in this run
     * ({@code beelden}) coloured by the share of the opgave asiel realised, the others marked as
     * not in this run.
     */
    public Kaartbeeld provincie(String provincieNaam, Map<String, String> regios, List<Maandbeeld> beelden) {
        Kaart kaart = maker.maak(Kaartbron.VEILIGHEIDSREGIOS, regios.keySet(), BREEDTE - LEGENDA, HOOGTE, 10);
        List<Kaartgebied> gebieden = new ArrayList<>();
        boolean zonder = false;
        for (Map.Entry<String, String> vr : regios.entrySet()) {
            Maandbeeld b = beelden.stream().filter(x -> x.kop().regioCode().equals(vr.getKey())).findFirst().orElse(null);
            Opgavestand s = b == null ? null : b.regio().stream().filter(x -> x.opgave() == Opgave.ASIEL).findFirst().orElse(null);
            if (s == null) {
                zonder = true;
                gebieden.add(new Kaartgebied(vr.getKey(), vr.getValue(), "niet in deze run", ZONDER,
                        vr.getValue() + ": niet in deze run", false));
                continue;
            }
            Voortgangsklasse k = Voortgangsklasse.van(s.realisatie(), s.opgaveAantal());
            String waarde = k == Voortgangsklasse.GEEN_OPGAVE ? "geen opgave" : procent(s.realisatie(), s.opgaveAantal());
            gebieden.add(new Kaartgebied(vr.getKey(), vr.getValue(), waarde, k.kleur(),
                    vr.getValue() + " — asiel " + s.peildatum().label() + ": " + fmt.getal(s.realisatie()) + " van "
                            + fmt.getal(s.opgaveAantal()) + " plekken gerealiseerd (" + waarde + ")", true));
        }
        List<Legendaregel> legenda = new ArrayList<>(Arrays.stream(Voortgangsklasse.values())
                .filter(k -> k != Voortgangsklasse.GEEN_OPGAVE)
                .map(k -> new Legendaregel(k.kleur(), k.omschrijving())).toList());
        if (zonder) legenda.add(new Legendaregel(ZONDER, "niet in deze run"));
        return new Kaartbeeld("Veiligheidsregio's van " + provincieNaam + ": aandeel van de opgave asiel gerealiseerd",
                kaart, gebieden, legenda, true, 1);
    }

    /** Whole percent, rounded down, so the label never claims a band the area is not in (99,6 % is "99 %"). */
    private static String procent(long realisatie, long opgave) {
        return Math.floorDiv(100 * realisatie, opgave) + " %";
    }
}
