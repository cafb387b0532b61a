package nl.regietafel.acceptatie;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads a received or written mail back: its attachments' names and its text. */
final class Berichten {

    private Berichten() {
    }

    static List<String> bijlagen(Part deel) throws Exception {
        List<String> uit = new ArrayList<>();
        if (deel.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                uit.addAll(bijlagen(mp.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition()) && deel.getFileName() != null) {
            uit.add(deel.getFileName());
        }
        return uit;
    }

    static String tekst(Part deel) throws Exception {
        if (deel.getContent() instanceof Multipart mp) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                sb.append(tekst(mp.getBodyPart(i)));
            }
            return sb.toString();
        }
        return deel.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition())
                ? deel.getContent().toString() : "";
    }
}
