package fi.kasvu.platform.people;

/** A personal identity code that is not one. The message says what is wrong and never contains the code. */
public class InvalidIdentityCodeException extends IllegalArgumentException {

    public InvalidIdentityCodeException(String message) {
        super(message);
    }
}
