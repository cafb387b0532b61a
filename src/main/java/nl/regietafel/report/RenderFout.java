package nl.regietafel.report;

/** A document could not be rendered or written; the message is Dutch and names the document. */
public class RenderFout extends RuntimeException {

    public RenderFout(String melding) {
        super(melding);
    }

    public RenderFout(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }
}
