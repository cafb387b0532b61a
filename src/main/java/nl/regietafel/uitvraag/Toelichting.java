package nl.regietafel.uitvraag;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The instruction sheet of the form, in plain Dutch (the reader ignores it). */
final class Toelichting {

    private Toelichting() {
    }

    /** "Stuur het ingevulde bestand uiterlijk 10 februari 2023 terug naar …" — only what the region settings give. */
    static String terugsturen(UitvraagFormulier.Inhoud i) {
        String wanneer = i.uiterlijk() == null ? "" : " uiterlijk " + i.uiterlijk().format(java.time.format.DateTimeFormatter
                .ofPattern("EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL")));
        String waarheen = i.retouradres() == null ? "" : " naar " + i.retouradres();
        return "Stuur het ingevulde bestand" + wanneer + " terug" + waarheen + ", met dezelfde bestandsnaam. Afzender van deze "
                + "uitvraag: " + i.afzender() + "; met vragen kunt u daar terecht.";
    }

    static void blad(XSSFWorkbook wb, Formulierstijlen st, UitvraagFormulier.Inhoud i) {
        XSSFSheet sh = wb.createSheet("Toelichting");
        sh.setColumnWidth(0, 100 * 256);
        String maand = i.peilmaand().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                java.util.Locale.forLanguageTag("nl-NL")));
        UitvraagFormulier.tekst(st, sh.createRow(0), 0, "Maandretour " + i.gemeenteNaam() + " over " + maand, st.titel);
        List<String> regels = List.of(
                terugsturen(i),
                "Met dit bestand geeft de gemeente " + i.gemeenteNaam() + " elke maand door hoe het staat met de opvang van "
                        + "asielzoekers, Oekraïners en de huisvesting van statushouders. Het kernteam leest het bestand "
                        + "automatisch in; de cijfers komen in het maandpakket, de PRT-inbreng en de factsheet van uw gemeente.",
                "Wat al is ingevuld: uw gemeentecode en naam, de maand, de taakstelling statushouders uit de circulaire en de "
                        + "locaties uit uw retour van vorige maand. Grijze cellen zijn vooraf ingevuld en beveiligd; witte cellen "
                        + "vult u in of werkt u bij.",
                "Blad Gemeente: vul 'Ingevuld door' (naam, functie, e-mailadres) en 'Datum' in.",
                "Blad Locaties: één regel per locatie. Werk capaciteit (plekken), bezetting (bewoners), status en data bij. "
                        + "Een nieuwe locatie of een nieuw plan zet u onderaan, met een eigen Locatie-id (bijvoorbeeld "
                        + i.gemeenteCode() + "-09). Is een locatie gesloten, kies dan status Gesloten en laat de regel staan. "
                        + "Doelgroep, Soort en Status kiest u uit de lijst in de cel. Data als dag-maand-jaar, bijvoorbeeld 1-4-2023. "
                        + "Gedeeld met: de gemeenten waarmee u de locatie deelt, gescheiden door komma's.",
                "Open vanaf en Beschikbaar tot vult u per locatie in, ook bij plannen: elk cijfer in het maandpakket geldt op "
                        + "een peildatum (bijvoorbeeld 1-4-2023 of 1-1-2024). Een plek telt op die datum alleen als ze dan nog "
                        + "beschikbaar is (Beschikbaar tot leeg of op of na de peildatum); een plan telt alleen als het uiterlijk op die "
                        + "datum opent (Open vanaf). Een plan zonder Open vanaf verkleint geen tekort. Laat Beschikbaar tot leeg als er "
                        + "geen einddatum is.",
                "Status: Idee, Besluit college, Besluit raad, Vergunning en In aanbouw zijn plannen (de pijplijn); alleen "
                        + "In gebruik telt als gerealiseerde plekken. Crisisnoodopvang (soort CNO) telt nooit mee als reguliere "
                        + "asielopvang.",
                "Blad Statushouders: één regel per halfjaar (2023-1 is januari tot en met juni 2023). Gehuisvest is het aantal "
                        + "statushouders dat sinds het begin van het halfjaar is gehuisvest, tot en met deze maand; Waarvan AMV het "
                        + "deel daarvan dat alleenstaand minderjarig is. Achterstand begin periode is de achterstand die uit het vorige "
                        + "halfjaar is meegenomen (negatief bij een voorsprong). Instrumenten: hoe u huisvest (bijvoorbeeld "
                        + "woningtoewijzing via corporaties, flexwoningen).",
                "Blad Knelpunten: één regel per knelpunt, met een kort onderwerp, een omschrijving en bij wie u iets vraagt "
                        + "(Gevraagd van: Rijk, Provincie, COA, Nidos of Regio).",
                "Laat de namen van de bladen en de kopregels staan: daaraan herkent het programma het bestand. De bladen zijn "
                        + "beveiligd zonder wachtwoord; wilt u toch iets aan de opmaak veranderen, kies dan in Excel Controleren › "
                        + "Beveiliging blad opheffen.");
        int r = 2;
        for (String regel : regels) {
            XSSFRow rij = sh.createRow(r++);
            UitvraagFormulier.tekst(st, rij, 0, regel, st.alinea);
            rij.setHeightInPoints(14f * ((regel.length() / 90) + 1));
        }
        Invulregels.beveilig(sh);
    }
}
