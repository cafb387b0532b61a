package nl.regietafel.report;

import java.util.List;

/**
 * What each column of a table per opgave and peildatum counts, one plain Dutch sentence each, the
 * same in every workbook and PDF (templates read them as {@code peilkolommen}).
 */
public final class Peilkolommen {

    public static final List<String> UITLEG = List.of(
            "In gebruik: plekken met status \"In gebruik\" aan het eind van de maand (de stand); bij statushouders het aantal gehuisveste personen.",
            "Vervalt vóór peildatum: plekken die nu in gebruik zijn, maar volgens \"Beschikbaar tot\" vóór de peildatum verdwijnen.",
            "Beschikbaar op peildatum: plekken die nu in gebruik zijn en op de peildatum nog beschikbaar zijn; alleen deze tellen voor de opgave.",
            "Pijplijn besloten: plannen vanaf \"Besluit college\" die volgens \"Open vanaf\" uiterlijk op de peildatum opengaan.",
            "Pijplijn idee: plannen met status \"Idee\" die uiterlijk op de peildatum opengaan; ze staan erbij, maar worden niet van de gap afgetrokken.",
            "Gap na pijplijn: gap min pijplijn besloten; plannen die later of zonder datum opengaan, verkleinen geen gap.");

    private Peilkolommen() {
    }
}
