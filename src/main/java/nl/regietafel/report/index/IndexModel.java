package nl.regietafel.report.index;

import java.util.List;

import nl.regietafel.domain.Opgave;
import nl.regietafel.report.Documentkop;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Opgavestand;

/**
 * What {@code index.html} shows: per veiligheidsregio its key figures and documents, per
 * gemeente its figures and files, and the run's own documents (controlerapport, distributielijst).
 * Every {@code href} is relative to the period folder.
 */
public record IndexModel(Documentkop kop, String samenvatting, long afgewezenBestanden, long waarschuwingen,
                         List<String> afwijkingen, List<Document> algemeen, List<Regio> regios) {

    /** One file of a document: "PDF" → {@code maandpakket.pdf}. */
    public record Bestand(String formaat, String href, long grootte) {
    }

    /** A document in one or more formats. */
    public record Document(String titel, String omschrijving, List<Bestand> bestanden) {
    }

    /** A gemeente's row: its month and its files (factsheet, uitvraag). */
    public record Gemeente(Gemeentebeeld beeld, List<Document> documenten) {
    }

    /**
     * One veiligheidsregio: its month, its documents (besides the per-gemeente ones) and its
     * gemeenten. {@code afgewezen} counts the rejected files of the run that can be told to
     * belong to it (by the gemeentecode in the file name; in a run for one region, all of them).
     */
    public record Regio(Maandbeeld beeld, String map, List<Document> documenten, List<Gemeente> gemeenten,
                        long afgewezen) {

        public List<Opgavestand> asiel() {
            return beeld.regio().stream().filter(s -> s.opgave() == Opgave.ASIEL).toList();
        }

        /** The first Oekraïne peildatum: what is asked next against what is there now. */
        public Opgavestand oekraine() {
            return beeld.regio().stream().filter(s -> s.opgave() == Opgave.OEKRAINE).findFirst().orElse(null);
        }
    }
}
