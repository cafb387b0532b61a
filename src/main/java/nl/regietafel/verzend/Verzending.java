package nl.regietafel.verzend;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import nl.regietafel.domain.regio.Werkgebieden;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.Sjablonen;
import nl.regietafel.report.Uitvoermap;
import nl.regietafel.run.Run;
import nl.regietafel.verzend.Distributie.Regel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The optional verzend step (SPEC §9), after publication: one mail per gemeente with its
 * factsheet and uitvraag attached, to the address on the distribution list. Off by default
 * ({@code regietafel.verzend.actief=false}); with {@code regietafel.verzend.proefdraai=true} (the
 * default once switched on) each mail is written as {@code verzonden/<GMcode>-<naam>.eml} in
 * the published period folder instead of sent. Real sending uses Spring's {@link JavaMailSender}
 * ({@code spring.mail.host}, {@code spring.mail.port}, …).
 *
 * <p>Every mail sent or written is logged in {@code verzonden/verzendlog.csv} with the run id;
 * a restart of the same run skips the gemeenten already in the log, so nobody gets a mail twice.
 */
@Component
public class Verzending {

    public static final String MAP = "verzonden";
    public static final String LOG = "verzendlog.csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Distributie distributie;
    private final Sjablonen sjablonen;
    private final Opmaak fmt;
    private final ObjectProvider<JavaMailSender> afzenders;
    private final boolean actief;
    private final boolean proefdraai;
    private final String afzender;
    private final String mailserver;
    private final nl.regietafel.ingest.regio.Regiotafels regiotafels;

    public Verzending(Distributie distributie, Sjablonen sjablonen, Opmaak fmt, ObjectProvider<JavaMailSender> afzenders,
                      @Value("${regietafel.verzend.actief:false}") boolean actief,
                      @Value("${regietafel.verzend.proefdraai:true}") boolean proefdraai,
                      @Value("${regietafel.verzend.afzender:regietafel@twente.example}") String afzender,
                      @Value("${spring.mail.host:}") String mailserver,
                      nl.regietafel.ingest.regio.Regiotafels regiotafels) {
        this.regiotafels = regiotafels;
        this.distributie = distributie;
        this.sjablonen = sjablonen;
        this.fmt = fmt;
        this.afzenders = afzenders;
        this.actief = actief;
        this.proefdraai = proefdraai;
        this.afzender = afzender;
        this.mailserver = mailserver;
    }

    public void verzend(Run run) {
        if (!actief) {
            System.out.println("  verzend: uit (regietafel.verzend.actief=false)");
            return;
        }
        // the host itself, not only the sender bean: the ahead-of-time build always has that bean (see AotMain)
        JavaMailSender smtp = proefdraai || mailserver.isBlank() ? null : afzenders.getIfAvailable();
        if (!proefdraai && smtp == null) {
            throw new IllegalStateException("Verzenden staat aan maar er is geen mailserver ingesteld: zet spring.mail.host"
                    + " (en spring.mail.port), of zet regietafel.verzend.proefdraai=true.");
        }
        Path periode = nl.regietafel.report.index.Periodeindex.pakketVan(Uitvoermap.gepubliceerd(run), run.regio());
        Path map = periode.resolve(MAP);
        Set<String> alVerzonden = alVerzonden(map.resolve(LOG), run.runId());
        List<Regel> regels = distributie.regels(run, periode, vr -> Werkgebieden.meerdere(run.regio())
                ? periode.resolve(Uitvoermap.mapnaam(vr)) : periode);
        int verzonden = 0;
        int overgeslagen = 0;
        for (Regel r : regels) {
            if (alVerzonden.contains(r.code())) {
                continue;
            }
            if (r.email() == null || r.bestanden().isEmpty()) {
                System.out.println("  verzend: " + r.code() + " " + r.naam() + " overgeslagen: " + r.opmerking());
                overgeslagen++;
                continue;
            }
            MimeMessage bericht = bericht(run, r, periode, smtp);
            if (proefdraai) {
                schrijfEml(bericht, map.resolve(r.code() + "-" + bestandsnaam(r.naam()) + ".eml"));
            } else {
                smtp.send(bericht);
            }
            log(map.resolve(LOG), run.runId(), r);
            verzonden++;
        }
        System.out.println("  verzend: " + verzonden + (proefdraai ? " berichten als .eml in " + map : " berichten verzonden")
                + (overgeslagen > 0 ? ", " + overgeslagen + " overgeslagen" : "")
                + (alVerzonden.isEmpty() ? "" : ", " + alVerzonden.size() + " al eerder in deze run"));
    }

    /** "Factsheet december 2022 en uitvraag januari 2023 — Hof van Twente". */
    public String onderwerp(Run run, Regel r) {
        return "Factsheet " + fmt.maand(run.periode()) + " en uitvraag " + fmt.maand(run.periode().plusMonths(1))
                + " — " + r.naam();
    }

    MimeMessage bericht(Run run, Regel r, Path periode, JavaMailSender smtp) {
        try {
            MimeMessage bericht = smtp != null ? smtp.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
            MimeMessageHelper h = new MimeMessageHelper(bericht, true, StandardCharsets.UTF_8.name());
            h.setFrom(afzender);
            h.setTo(r.email());
            h.setSubject(onderwerp(run, r));
            Map<String, Object> model = new HashMap<>();
            model.put("r", r);
            model.put("afzender", regiotafels.voor(run, r.vrCode(), r.vrNaam()).afzender());
            model.put("maand", fmt.maand(run.periode()));
            model.put("volgendeMaand", fmt.maand(run.periode().plusMonths(1)));
            model.put("bijlagen", r.bestanden().stream().map(b -> b.substring(b.lastIndexOf('/') + 1)).toList());
            h.setText(sjablonen.render("verzend/bericht.ftl", model));
            for (String b : r.bestanden()) {
                Path bestand = periode.resolve(b);
                String naam = bestand.getFileName().toString();
                h.addAttachment(naam, new FileSystemResource(bestand), naam.endsWith(".xlsx") ? XLSX
                        : naam.endsWith(".pdf") ? "application/pdf" : "application/octet-stream");
            }
            bericht.setHeader("X-Regietafel-Run", run.runId());
            bericht.saveChanges();
            return bericht;
        } catch (MessagingException e) {
            throw new IllegalStateException("Bericht voor " + r.naam() + " kon niet worden opgesteld: " + e.getMessage(), e);
        }
    }

    private static void schrijfEml(MimeMessage bericht, Path eml) {
        try {
            Files.createDirectories(eml.getParent());
            Path tijdelijk = eml.resolveSibling("." + eml.getFileName() + ".tmp");
            try (OutputStream uit = Files.newOutputStream(tijdelijk)) {
                bericht.writeTo(uit);
            }
            Files.move(tijdelijk, eml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(eml + " kon niet worden geschreven: " + e.getMessage(), e);
        }
    }

    private static Set<String> alVerzonden(Path log, String runId) {
        if (!Files.isRegularFile(log)) return Set.of();
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(l -> l.split(";", -1))
                    .filter(d -> d.length > 2 && d[0].equals(runId))
                    .map(d -> d[1])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void log(Path log, String runId, Regel r) {
        try {
            Files.createDirectories(log.getParent());
            boolean nieuw = !Files.exists(log);
            String regel = (nieuw ? "run;gemeentecode;adres;wijze;tijdstip;bijlagen\r\n" : "")
                    + String.join(";", runId, r.code(), r.email(), proefdraai ? "proefdraai" : "verzonden",
                    LocalDateTime.now().withNano(0).toString(), String.join(" ", r.bestanden())) + "\r\n";
            Files.writeString(log, regel, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Verzendlog " + log + " kon niet worden bijgewerkt: " + e.getMessage(), e);
        }
    }

    private static String bestandsnaam(String naam) {
        return new nl.regietafel.domain.Gemeente("GM0000", naam, null, null).bestandsnaam();
    }
}
