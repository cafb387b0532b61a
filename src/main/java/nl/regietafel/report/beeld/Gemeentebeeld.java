package nl.regietafel.report.beeld;

import java.util.List;

import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.onderdestreep.Balans;
import nl.regietafel.domain.statushouders.Voortgang;

/**
 * A gemeente's month: its indicative share of each opgave with realisatie and gap, its
 * statushouders progress (null without a row for the half year), its locations and knelpunten,
 * and its bottom line. {@code retourOntvangen} is false when the gemeente sent no return.
 */
public record Gemeentebeeld(String code, String naam, long inwoners, boolean retourOntvangen, String ingevuldDoor,
                            List<Opgavestand> opgaven, Voortgang statushouders, List<Locatie> locaties,
                            List<Knelpunt> knelpunten, Balans onderDeStreep) {

    public Opgavestand stand(nl.regietafel.domain.Opgave opgave, String peildatum) {
        return opgaven.stream()
                .filter(o -> o.opgave() == opgave && o.peildatum().code().equals(peildatum))
                .findFirst().orElse(null);
    }
}
