package nl.regietafel.report.controle;

import java.util.List;

import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.Uitkomst;
import nl.regietafel.report.Documentkop;
import nl.regietafel.store.ControleRepository.Auditregel;
import nl.regietafel.store.ControleRepository.Meldingregel;

/**
 * The controlerapport of one run, for the PDF and the XLSX alike: what was rejected, what was
 * accepted with a warning, every check of every veiligheidsregio, and every file read.
 * {@code importRun} is the run whose import the messages come from; {@code zonderRetour} names the
 * gemeenten without a return this month (each is also a warning).
 */
public record ControlerapportModel(Documentkop kop, String importRun, List<Meldingregel> afgewezen,
                                   List<Meldingregel> waarschuwingen, List<Regiocontroles> controles,
                                   List<Auditregel> audit, List<String> zonderRetour) {

    /** The checks of one veiligheidsregio, as the verdeling job stored them. */
    public record Regiocontroles(String code, String naam, List<Controle> controles) {
        public long afwijkingen() {
            return controles.stream().filter(c -> c.uitkomst() == Uitkomst.AFWIJKING).count();
        }
    }

    /** Files with at least one rejection. */
    public long afgewezenBestanden() {
        return afgewezen.stream().map(Meldingregel::bestand).distinct().count();
    }

    /** Every material check of the run by name, in report order. */
    public List<String> afwijkingen() {
        return controles.stream().flatMap(r -> nl.regietafel.domain.controle.Afwijkingen.namen(r.controles()).stream()).toList();
    }

    public long controlesMetAfwijking() {
        return controles.stream().mapToLong(Regiocontroles::afwijkingen).sum();
    }

    public long aantalControles() {
        return controles.stream().mapToLong(r -> r.controles().size()).sum();
    }

    /** "3 bestanden afgewezen, 2 waarschuwingen, 10 controles met afwijking". */
    public String samenvatting() {
        long b = afgewezenBestanden();
        long w = waarschuwingen.size();
        long a = controlesMetAfwijking();
        return (b == 0 ? "Geen bestanden afgewezen" : b + (b == 1 ? " bestand" : " bestanden") + " afgewezen")
                + ", " + (w == 0 ? "geen" : String.valueOf(w)) + (w == 1 ? " waarschuwing" : " waarschuwingen")
                + ", " + (a == 0 ? "geen" : String.valueOf(a)) + (a == 1 ? " controle" : " controles") + " met afwijking";
    }

    /** 28-11-2026 14:03:07: compact, for the audit table. */
    public String tijd(java.time.LocalDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss"));
    }

    /** "Fout" / "Waarschuwing". */
    public static String ernst(String ernst) {
        return "FOUT".equals(ernst) ? "Fout" : "Waarschuwing";
    }

    /** "Aanvaard", "Afgewezen", "Vervangen". */
    public static String status(String status) {
        return status == null || status.isEmpty() ? "" : status.charAt(0) + status.substring(1).toLowerCase();
    }

    /** "Referentie", "Landelijk document", "Maandretour". */
    public static String soort(String soort) {
        return switch (soort) {
            case "REFERENTIE" -> "Referentie";
            case "LANDELIJK" -> "Landelijk document";
            case "RETOUR" -> "Maandretour";
            default -> soort;
        };
    }
}
