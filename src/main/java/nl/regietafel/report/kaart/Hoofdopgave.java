package nl.regietafel.report.kaart;

import java.util.ArrayList;
import java.util.List;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.statushouders.Voortgang;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Opgavestand;

/**
 * A main opgave as the maps and the matrix measure it. Places: opgave and realisatie at the
 * opgave's first peildatum (as the table per gemeente). Statushouders: the half year in progress
 * (as the statushouders table), housed against the corrected taakstelling, with the status taken
 * against the norm op schema, {@code maand}/6 of it — in December the whole taakstelling.
 */
public record Hoofdopgave(Opgave opgave, String peildatum, int maand, Meting regio, List<Meting> gemeenten) {

    /** One area's figures; {@code maand} of 6 months of the norm (6 for places). */
    public record Meting(long opgave, long realisatie) {
    }

    /** The main opgaven the month has, in the documents' order. */
    public static List<Hoofdopgave> van(Maandbeeld b) {
        List<Hoofdopgave> uit = new ArrayList<>();
        for (Opgave o : Kaartbeelden.HOOFDOPGAVEN) {
            if (o == Opgave.STATUSHOUDERS && b.statushouders() != null) {
                Voortgang r = b.statushouders();
                uit.add(new Hoofdopgave(o, r.halfjaar().label(), r.maandInHalfjaar(), meting(r),
                        b.gemeenten().stream().map(g -> meting(g.statushouders())).toList()));
                continue;
            }
            Opgavestand regio = b.regio().stream().filter(s -> s.opgave() == o).findFirst().orElse(null);
            if (regio == null) continue;
            List<Meting> gemeenten = new ArrayList<>();
            for (Gemeentebeeld g : b.gemeenten()) {
                Opgavestand s = g.stand(o, regio.peildatum().code());
                gemeenten.add(s == null ? new Meting(0, 0) : new Meting(s.opgaveAantal(), s.realisatie()));
            }
            uit.add(new Hoofdopgave(o, regio.peildatum().label(), 6, new Meting(regio.opgaveAantal(), regio.realisatie()), gemeenten));
        }
        return uit;
    }

    private static Meting meting(Voortgang v) {
        return v == null ? new Meting(0, 0) : new Meting(v.gecorrigeerdeTaakstelling(), v.gehuisvest());
    }

    public String kop() {
        return opgave.label() + " " + peildatum;
    }
}
