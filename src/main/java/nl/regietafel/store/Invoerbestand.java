package nl.regietafel.store;

/** An input file as recorded in the audit trail. */
public record Invoerbestand(long id, String soort, String pad, String sha256, long grootte,
                            String periode, String gemeenteCode, String ingevuldDoor, String status) {

    public static final String AANVAARD = "AANVAARD";
    public static final String AFGEWEZEN = "AFGEWEZEN";
    public static final String VERVANGEN = "VERVANGEN";
}
