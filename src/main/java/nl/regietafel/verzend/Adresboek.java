package nl.regietafel.verzend;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where each gemeente's mail goes. The maandretour names who filled it in but has no e-mail
 * field, so the address comes from the settings ({@code regietafel.verzend.adressen.GM0153=…},
 * first) or from {@code <input>/referentie/contacten.csv} (columns {@code gemeentecode,email};
 * lines starting with {@code #} are comments). The shipped file holds fictitious addresses.
 */
@Component
public class Adresboek {

    public static final String CONTACTEN_CSV = "contacten.csv";

    /** An address and where it came from ("instelling", "contacten.csv"). */
    public record Adres(String email, String herkomst) {
    }

    private final Map<String, String> instellingen;

    public Adresboek(Environment omgeving) {
        Map<String, String> gelezen = Binder.get(omgeving)
                .bind("regietafel.verzend.adressen", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        Map<String, String> perCode = new HashMap<>();
        gelezen.forEach((code, adres) -> perCode.put(code.toUpperCase(Locale.ROOT), adres.trim()));
        this.instellingen = Map.copyOf(perCode);
    }

    /** The address book of one input folder: settings over contacten.csv. */
    public Map<String, Adres> lees(Path input) {
        Map<String, Adres> uit = new HashMap<>();
        Path csv = input.resolve("referentie").resolve(CONTACTEN_CSV);
        if (Files.isRegularFile(csv)) {
            leesCsv(csv).forEach((code, adres) -> uit.put(code, new Adres(adres, CONTACTEN_CSV)));
        }
        instellingen.forEach((code, adres) -> uit.put(code, new Adres(adres, "instelling")));
        return uit;
    }

    static Map<String, String> leesCsv(Path csv) {
        Map<String, String> uit = new HashMap<>();
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = formaat.parse(in)) {
            if (!p.getHeaderMap().containsKey("gemeentecode") || !p.getHeaderMap().containsKey("email")) {
                throw new IllegalStateException(csv + ": kolommen 'gemeentecode' en 'email' zijn verplicht");
            }
            for (CSVRecord r : p) {
                String code = r.get("gemeentecode").toUpperCase(Locale.ROOT);
                String email = r.get("email");
                if (!code.isEmpty() && email != null && !email.isEmpty()) {
                    uit.put(code, email);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(csv + " is onleesbaar: " + e.getMessage(), e);
        }
        return uit;
    }
}
