package nl.regietafel.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.Partij;
import nl.regietafel.ingest.excel.Cellezer;
import nl.regietafel.ingest.excel.Kolom;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.excel.Rij;
import nl.regietafel.ingest.excel.Werkblad;

/** Sheet {@code Knelpunten} of a maandretour: header in row 1. */
final class KnelpuntenBlad {

    private KnelpuntenBlad() {
    }

    static List<Knelpunt> lees(Werkblad blad, Meldingenlijst m) {
        Map<String, Kolom> k = MaandretourReader.kopregel(blad, MaandretourReader.KOP_KNELPUNTEN, List.of(), m);
        if (k == null) return List.of();
        Cellezer c = new Cellezer(m, blad.getSheetName());
        List<Knelpunt> knelpunten = new ArrayList<>();
        for (Rij r : MaandretourReader.dataRijen(blad)) {
            int fouten = m.aantalFouten();
            String onderwerp = c.tekst(r, k.get("Onderwerp"));
            String omschrijving = c.tekst(r, k.get("Omschrijving"));
            Partij partij = c.code(Partij.class, r, k.get("Gevraagd van"), false);
            if (onderwerp == null && omschrijving == null && m.aantalFouten() == fouten) {
                c.fout(r, k.get("Onderwerp"), "knelpunt zonder onderwerp en omschrijving");
            }
            if (m.aantalFouten() == fouten) knelpunten.add(new Knelpunt(onderwerp, omschrijving, partij));
        }
        return knelpunten;
    }
}
