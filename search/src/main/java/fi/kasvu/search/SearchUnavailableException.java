package fi.kasvu.search;

/** The search engine did not answer; the outbox keeps the changes until it does. Carries no document data. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
