package nl.regietafel.ingest.excel;

import java.util.ArrayList;
import java.util.List;

import nl.regietafel.ingest.Melding;

/** Collects the Meldingen of one file; readers keep going after a FOUT to report all problems. */
public final class Meldingenlijst {

    private final String bestand;
    private final List<Melding> meldingen = new ArrayList<>();

    public Meldingenlijst(String bestand) {
        this.bestand = bestand;
    }

    public String bestand() {
        return bestand;
    }

    public void fout(String blad, Integer rij, String kolom, String tekst) {
        meldingen.add(Melding.fout(bestand, blad, rij, kolom, tekst));
    }

    public void waarschuwing(String blad, Integer rij, String kolom, String tekst) {
        meldingen.add(Melding.waarschuwing(bestand, blad, rij, kolom, tekst));
    }

    public void voegToe(Melding melding) {
        meldingen.add(melding);
    }

    public boolean heeftFouten() {
        return meldingen.stream().anyMatch(Melding::isFout);
    }

    public int aantalFouten() {
        return (int) meldingen.stream().filter(Melding::isFout).count();
    }

    public List<Melding> alle() {
        return List.copyOf(meldingen);
    }
}
