package nl.regietafel.domain;

/** A gemeente with its CBS code (GM0153), its veiligheidsregio (VR05) and provincie (PV23). */
public record Gemeente(String code, String naam, String vrCode, String provincieCode) {

    /** File-name form of the name: lower case, spaces and punctuation as hyphens ("hof-van-twente"). */
    public String bestandsnaam() {
        String n = java.text.Normalizer.normalize(naam, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        return n.replaceAll("^-+|-+$", "");
    }
}
