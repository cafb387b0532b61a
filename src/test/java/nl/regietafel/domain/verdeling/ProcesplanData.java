package nl.regietafel.domain.verdeling;

import java.util.List;

/** Inwoners of procesplan Bijlage 3 and the Overijssel split of Tabel 2.1: acceptance data. */
final class ProcesplanData {

    static final List<Eenheid> TWENTE = List.of(
            new Eenheid("Almelo", 73155),
            new Eenheid("Borne", 24007),
            new Eenheid("Dinkelland", 26594),
            new Eenheid("Enschede", 160640),
            new Eenheid("Haaksbergen", 24268),
            new Eenheid("Hellendoorn", 35940),
            new Eenheid("Hengelo", 81476),
            new Eenheid("Hof van Twente", 35056),
            new Eenheid("Losser", 23084),
            new Eenheid("Oldenzaal", 31741),
            new Eenheid("Rijssen-Holten", 38231),
            new Eenheid("Tubbergen", 21364),
            new Eenheid("Twenterand", 33718),
            new Eenheid("Wierden", 24643));

    /** Bijlage 3, column 01-04-23, in the order of {@link #TWENTE}. */
    static final long[] KOLOM_01_04_23 = {224, 74, 82, 493, 74, 110, 250, 107, 71, 97, 117, 66, 103, 76};

    /** Overijssel = Twente (633.917) + IJsselland (1.171.910 − 633.917). */
    static final List<Eenheid> OVERIJSSEL = List.of(
            new Eenheid("Twente", 633917),
            new Eenheid("IJsselland", 537993));

    private ProcesplanData() {
    }
}
