package nl.regietafel.ingest.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Before POI sees a file: it exists, is not empty or too large, and starts as an xlsx (a zip
 * with a workbook) does; otherwise one FOUT that says what the file looks like instead.
 */
final class Bestandscontrole {

    private Bestandscontrole() {
    }

    /** True when {@code bestand} may be opened as a package; otherwise adds a FOUT to {@code m}. */
    static boolean isWerkmap(Path bestand, Meldingenlijst m) {
        try {
            if (!Files.isRegularFile(bestand)) {
                m.fout(null, null, null, "bestand bestaat niet of is geen gewoon bestand");
                return false;
            }
            long grootte = Files.size(bestand);
            if (grootte == 0) {
                m.fout(null, null, null, "is leeg (0 bytes): geen Excel-bestand (.xlsx)");
                return false;
            }
            if (grootte > ExcelLimieten.MAX_BESTANDSGROOTTE) {
                m.fout(null, null, null, "is te groot (" + Cellezer.nl(grootte) + " bytes); maximaal "
                        + ExcelLimieten.MAX_BESTANDSGROOTTE / (1024 * 1024) + " MB");
                return false;
            }
            byte[] kop = new byte[8];
            int n;
            try (InputStream in = Files.newInputStream(bestand)) {
                n = in.readNBytes(kop, 0, kop.length);
            }
            if (n >= 4 && kop[0] == 'P' && kop[1] == 'K' && kop[2] == 3 && kop[3] == 4) {
                // Only the central directory is read here. Without this check POI falls back to
                // reading a damaged archive as a stream, which is the path we want to avoid.
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bestand.toFile())) {
                    if (zip.getEntry("[Content_Types].xml") == null) {
                        m.fout(null, null, null, "is geen Excel-bestand (.xlsx): het is een zip-archief zonder Excel-werkmap");
                        return false;
                    }
                    return true;
                } catch (IOException e) {
                    m.fout(null, null, null, "is beschadigd of onvolledig (het zip-archief is afgebroken of kapot); sla het opnieuw op als .xlsx");
                    return false;
                }
            }
            String soort;
            if (n >= 4 && (kop[0] & 0xff) == 0xD0 && (kop[1] & 0xff) == 0xCF && (kop[2] & 0xff) == 0x11 && (kop[3] & 0xff) == 0xE0) {
                soort = ": het is een ouder Excel-bestand (.xls) of een met een wachtwoord beveiligd bestand; sla het op als Excel-werkmap (.xlsx) zonder wachtwoord";
            } else if (n >= 4 && kop[0] == 'P' && kop[1] == 'K') {
                soort = ": het zip-archief is onvolledig of beschadigd";
            } else if (n >= 4 && kop[0] == '%' && kop[1] == 'P' && kop[2] == 'D' && kop[3] == 'F') {
                soort = ": het is een PDF";
            } else {
                soort = ": de inhoud lijkt tekst (bijvoorbeeld CSV of HTML) met een andere extensie";
            }
            m.fout(null, null, null, "is geen Excel-bestand (.xlsx)" + soort);
            return false;
        } catch (IOException e) {
            m.fout(null, null, null, "niet leesbaar: " + e.getMessage());
            return false;
        }
    }
}
