package nl.regietafel.report.prt;

import java.util.List;

import nl.regietafel.report.Documentkop;
import nl.regietafel.report.maandpakket.MaandpakketModel.Kerncijfer;
import nl.regietafel.report.maandpakket.MaandpakketModel.Overzichtregel;

/**
 * The PRT-inbreng of one provincie's veiligheidsregio's (one for a run over a veiligheidsregio):
 * per opgave and peildatum the figures of each region side by side, and what the regions ask of
 * Rijk, provincie, COA and Nidos.
 */
public record PrtModel(Documentkop kop, String periode, String provincieNaam, List<Regio> regios,
                       List<Kerncijfer> kerncijfers, List<Positie> posities, List<String> bronnen,
                       List<Verzoekgroep> verzoeken) {

    public boolean meerdere() {
        return regios.size() > 1;
    }

    /** One veiligheidsregio: its overview rows, CNO in use, knelpunten it keeps for itself. */
    public record Regio(String code, String naam, List<Overzichtregel> overzicht, long cnoInGebruik, int regioKnelpunten,
                        String vorigePeriode, int zonderRetour, int gemeenten, List<String> gapUitleg) {
    }

    /** One opgave at one peildatum: a row per region and, with several regions, their sum. */
    public record Positie(String opgave, String peildatum, java.time.LocalDate peildag, String scenario, String eenheid, List<Regel> regels, Regel totaal) {
    }

    /** {@code realisatie}: available on the peildatum; {@code gepland}: decided plans open by then (see Peilkolommen). */
    public record Regel(String regio, long opgaveAantal, boolean vastgesteld, Integer noot, long realisatie, long gap,
                        long gepland, long gapNaGepland, String trend, long inGebruik, long vervalt, long idee) {
    }

    /** The requests to one party, over every region. */
    public record Verzoekgroep(String partij, List<Verzoek> verzoeken) {
    }

    public record Verzoek(String partij, String regio, String onderwerp, String omschrijving, String gemeenten, int aantal) {
    }
}
