package nl.regietafel.domain.realisatie;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

/**
 * What is still to be done for one opgave at one peildatum in one area (SPEC §5.4). Negative
 * means more has been realised than asked.
 */
public record Gap(Opgave opgave, Peildatum peildatum, String gebiedCode, long opgaveAantal, long realisatie, long pijplijn) {

    public static Gap van(Opgave opgave, Peildatum peildatum, String gebiedCode, long opgaveAantal, Stand stand) {
        return new Gap(opgave, peildatum, gebiedCode, opgaveAantal, stand.realisatie(), stand.pijplijn());
    }

    /** opgave − realisatie. */
    public long gap() {
        return opgaveAantal - realisatie;
    }

    /** What remains once the pipeline has been realised too ("na realisatie pijplijn"). */
    public long gapNaPijplijn() {
        return gap() - pijplijn;
    }
}
