package nl.regietafel.report.kaart;

import java.util.List;

import nl.regietafel.domain.stoplicht.Stoplicht;
import nl.regietafel.domain.stoplicht.Stoplichtdrempels;

/**
 * Gemeente × main opgave, each cell the share of the opgave realised at the opgave's first
 * peildatum and its status in words ({@link Stoplicht}). The same figures as the table per
 * gemeente; the XLSX recomputes share and status from its own cells.
 */
public record Stoplichtmatrix(Stoplichtdrempels drempels, List<Kolom> kolommen, List<Rij> rijen, Rij totaal) {

    /**
     * One opgave column: its label and peildatum; status against {@code maand}/6 of the opgave (6
     * for places) with the column's own thresholds.
     */
    public record Kolom(String opgave, String peildatum, String eenheid, int maand, Stoplichtdrempels drempels) {
        public String kop() {
            return opgave + " " + peildatum;
        }
    }

    public record Rij(String code, String naam, List<Cel> cellen) {
    }

    /** {@code procent} in words ("48 %"), rounded down; empty without opgave. */
    public record Cel(long opgave, long realisatie, String procent, Stoplicht status) {
        /** Cell style from the status: background and text colour; the worst status bold. */
        public String stijl() {
            return "background-color: " + status.achtergrond() + "; color: " + status.tekstkleur()
                    + (status == Stoplicht.VER_ACHTER ? "; font-weight: bold" : "");
        }

        public String tekst() {
            return status == Stoplicht.GEEN_OPGAVE ? status.woord() : status.woord() + " (" + procent + ")";
        }
    }

    public String uitleg() {
        String uitleg = drempels.uitleg();
        return kolommen.stream().filter(k -> !k.drempels().equals(drempels)).findFirst()
                .map(k -> uitleg + "; " + k.opgave().toLowerCase(java.util.Locale.ROOT) + ": op schema als in de tabel"
                        + " statushouders (ten minste " + k.maand() + "/6 van de gecorrigeerde taakstelling gehuisvest), achter vanaf "
                        + k.drempels().achterVanaf() + " % daarvan, ver achter daaronder")
                .orElse(uitleg);
    }

    /** How many cells are {@code status}, gemeenten only. */
    public long aantal(Stoplicht status) {
        return rijen.stream().flatMap(r -> r.cellen().stream()).filter(c -> c.status() == status).count();
    }
}
