package nl.regietafel.ingest;

/**
 * One problem found while reading an input file, for the controlerapport (sheet
 * {@code Afgewezen}: Bestand, Blad, Rij, Kolom, Melding). {@code rij} is the row number as
 * Excel shows it (1-based); {@code kolom} is the column letter with its header text, e.g.
 * {@code F (Capaciteit)}. Fields that do not apply are null.
 */
public record Melding(String bestand, String blad, Integer rij, String kolom, String tekst, Ernst ernst) {

    public enum Ernst {
        /** The file is rejected whole. */
        FOUT,
        /** The file is accepted; the point is listed for people to look at. */
        WAARSCHUWING
    }

    public static Melding fout(String bestand, String blad, Integer rij, String kolom, String tekst) {
        return new Melding(bestand, blad, rij, kolom, tekst, Ernst.FOUT);
    }

    public static Melding waarschuwing(String bestand, String blad, Integer rij, String kolom, String tekst) {
        return new Melding(bestand, blad, rij, kolom, tekst, Ernst.WAARSCHUWING);
    }

    public boolean isFout() {
        return ernst == Ernst.FOUT;
    }

    /** One line for logs and stderr: {@code x.xlsx, blad 'Locaties', rij 5, kolom F (Capaciteit): fout: ...}. */
    public String omschrijving() {
        StringBuilder sb = new StringBuilder(bestand == null ? "?" : bestand);
        if (blad != null) sb.append(", blad '").append(blad).append('\'');
        if (rij != null) sb.append(", rij ").append(rij);
        if (kolom != null) sb.append(", kolom ").append(kolom);
        sb.append(": ").append(ernst == Ernst.FOUT ? "fout: " : "waarschuwing: ").append(tekst);
        return sb.toString();
    }

    @Override
    public String toString() {
        return omschrijving();
    }
}
