package fi.kasvu.platform.audit;

/** The actor may not do what they asked; the message says what, never whose data it would have shown. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
