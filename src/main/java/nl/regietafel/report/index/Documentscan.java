package nl.regietafel.report.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import nl.regietafel.report.index.IndexModel.Bestand;
import nl.regietafel.report.index.IndexModel.Document;

/**
 * What a package holds, found by looking: the index and the distribution list link to the files
 * that exist when they are made, so a document that another step did not make (or that a later
 * version adds) is never a dead link and never missing.
 */
public final class Documentscan {

    /** Folders of per-gemeente files inside a package (SPEC §6). */
    public static final String FACTSHEETS = "factsheets";
    public static final String UITVRAAG = "uitvraag";

    private static final Map<String, String[]> BEKEND = Map.of(
            "procesplan-tabellen", new String[]{"Procesplan: tabellen en bijlagen", "Tabel 2.1, Tabel 2.2, Bijlage 3 en Bijlage 4"},
            "maandpakket", new String[]{"Maandpakket", "Voor de regietafel: opgaven, realisatie, gap, CNO, statushouders, knelpunten"},
            "prt-inbreng", new String[]{"PRT-inbreng", "De positie van de regio voor de Provinciale Regietafel"},
            "controlerapport", new String[]{"Controlerapport", "Afgewezen invoer, waarschuwingen, controles en audit"},
            "distributielijst", new String[]{"Distributielijst", "Per gemeente: contactpersoon, adres en bestanden"});

    private static final List<String> VOLGORDE = List.of("maandpakket", "prt-inbreng", "procesplan-tabellen",
            "controlerapport", "distributielijst");

    private Documentscan() {
    }

    /** Every regular file under {@code map}, relative to it, sorted; no hidden files, no index.html, no verzonden/. */
    public static List<Path> bestanden(Path map) {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> alles = Files.walk(map)) {
            return alles.filter(Files::isRegularFile)
                    .map(map::relativize)
                    .filter(p -> {
                        for (Path deel : p) {
                            String d = deel.toString();
                            if (d.startsWith(".") || d.endsWith(".tmp")) return false;
                        }
                        return !p.toString().equals("index.html") && !p.startsWith("verzonden");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de inhoud van " + map + " niet lezen: " + e.getMessage(), e);
        }
    }

    /**
     * The per-gemeente files of a package ({@link #FACTSHEETS}, {@link #UITVRAAG}), relative to
     * {@code pakket}, sorted, as {@link #bestanden} gives them. Only those two folders are read:
     * the distribution list is made while the region documents are still being written beside
     * them, and a file that is renamed into place during a walk of the whole package fails it.
     */
    public static List<Path> gemeentebestanden(Path pakket) {
        List<Path> uit = new ArrayList<>();
        for (String map : List.of(FACTSHEETS, UITVRAAG)) {
            bestanden(pakket.resolve(map)).forEach(p -> uit.add(Path.of(map).resolve(p)));
        }
        uit.sort(null);
        return uit;
    }

    /**
     * Groups files into documents (same folder and name, one file per format), known documents
     * first in a fixed order. {@code relatief} are relative to {@code basis}; hrefs are relative to
     * {@code linkbasis} (the period folder) and URL-encoded.
     */
    public static List<Document> documenten(Path linkbasis, Path basis, List<Path> relatief) {
        Map<String, List<Path>> groepen = new LinkedHashMap<>();
        for (Path p : relatief) {
            groepen.computeIfAbsent(zonderExtensie(p.toString().replace('\\', '/')), k -> new ArrayList<>()).add(p);
        }
        List<Document> uit = new ArrayList<>();
        groepen.forEach((sleutel, paden) -> {
            String naam = sleutel.substring(sleutel.lastIndexOf('/') + 1);
            String[] bekend = BEKEND.get(naam);
            List<Bestand> bestanden = paden.stream()
                    .sorted((a, b) -> Integer.compare(rang(a), rang(b)))
                    .map(p -> bestand(linkbasis, basis.resolve(p)))
                    .toList();
            uit.add(new Document(bekend == null ? naam : bekend[0], bekend == null ? sleutel : bekend[1], bestanden));
        });
        uit.sort((a, b) -> Integer.compare(volgorde(a), volgorde(b)));
        return uit;
    }

    /** One file as a link relative to {@code linkbasis}. */
    public static Bestand bestand(Path linkbasis, Path bestand) {
        String pad = linkbasis.relativize(bestand).toString().replace('\\', '/');
        long grootte;
        try {
            grootte = Files.size(bestand);
        } catch (IOException e) {
            grootte = 0;
        }
        return new Bestand(formaat(pad), href(pad), grootte);
    }

    /** {@code VR05 twente/a b.pdf} → {@code VR05%20twente/a%20b.pdf}: a relative URI reference. */
    public static String href(String relatiefPad) {
        try {
            return new URI(null, null, relatiefPad, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Geen geldig pad voor een link: " + relatiefPad, e);
        }
    }

    /** The files of one gemeente in a package folder ({@code factsheets/GM0153-…}, {@code uitvraag/GM0153-…}). */
    public static List<Path> vanGemeente(List<Path> relatief, String gemeenteCode) {
        return relatief.stream()
                .filter(p -> p.getNameCount() == 2 && (p.startsWith(FACTSHEETS) || p.startsWith(UITVRAAG)))
                .filter(p -> p.getFileName().toString().startsWith(gemeenteCode + "-")
                        || p.getFileName().toString().startsWith(gemeenteCode + "."))
                .toList();
    }

    /** "PDF", "XLSX", "CSV", … */
    public static String formaat(String pad) {
        int punt = pad.lastIndexOf('.');
        return punt < 0 ? "bestand" : pad.substring(punt + 1).toUpperCase(Locale.ROOT);
    }

    private static String zonderExtensie(String pad) {
        int punt = pad.lastIndexOf('.');
        return punt > pad.lastIndexOf('/') ? pad.substring(0, punt) : pad;
    }

    private static int rang(Path p) {
        String f = formaat(p.toString());
        return switch (f) {
            case "PDF" -> 0;
            case "XLSX" -> 1;
            case "CSV" -> 2;
            default -> 3;
        };
    }

    private static int volgorde(Document d) {
        for (int i = 0; i < VOLGORDE.size(); i++) {
            if (BEKEND.get(VOLGORDE.get(i))[0].equals(d.titel())) return i;
        }
        return VOLGORDE.size();
    }
}
