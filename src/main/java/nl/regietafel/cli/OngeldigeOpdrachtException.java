package nl.regietafel.cli;

/** A command line the tool cannot act on; the message is the one line the user sees. */
public class OngeldigeOpdrachtException extends RuntimeException {
    public OngeldigeOpdrachtException(String message) {
        super(message);
    }
}
