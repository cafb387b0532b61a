package nl.regietafel.report;

/**
 * Document properties written into a PDF's info dictionary (and shown by viewers as
 * title, author, subject, keywords, creator). Java sets them after layout, so they win over
 * any {@code <title>} or {@code <meta>} in the XHTML.
 */
public record PdfEigenschappen(String titel, String auteur, String onderwerp, String trefwoorden, String maker) {

    /** Author where a document does not name its regietafel ({@link #metAuteur}). */
    public static final String ORGANISATIE = "Regietafel";
    public static final String MAKER = "Regietafel";

    public PdfEigenschappen {
        if (titel == null || titel.isBlank()) {
            throw new IllegalArgumentException("Een PDF heeft een titel nodig");
        }
        auteur = auteur == null || auteur.isBlank() ? ORGANISATIE : auteur;
        onderwerp = onderwerp == null ? "" : onderwerp;
        trefwoorden = trefwoorden == null ? "" : trefwoorden;
        maker = maker == null || maker.isBlank() ? MAKER : maker;
    }

    /** Title and subject; author the organisation, creator "Regietafel". */
    public static PdfEigenschappen van(String titel, String onderwerp) {
        return new PdfEigenschappen(titel, null, onderwerp, null, null);
    }

    /** The regietafel the document is from ({@code Documentkop.regietafel()}). */
    public PdfEigenschappen metAuteur(String auteur) {
        return new PdfEigenschappen(titel, auteur, onderwerp, trefwoorden, maker);
    }

    public PdfEigenschappen metTrefwoorden(String trefwoorden) {
        return new PdfEigenschappen(titel, auteur, onderwerp, trefwoorden, maker);
    }
}
