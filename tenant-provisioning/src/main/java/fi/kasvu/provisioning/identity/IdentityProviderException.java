package fi.kasvu.provisioning.identity;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.client.RestClientResponseException;

/**
 * Keycloak could not do what Kasvu asked. The message says what was asked and what Keycloak answered; it never
 * holds a password, token or client secret, so it can be logged and shown to an operator.
 */
public class IdentityProviderException extends RuntimeException {

    private static final int LONGEST_EXPLANATION = 300;

    public IdentityProviderException(String message, Throwable cause) {
        super(message, cause);
    }

    static IdentityProviderException answered(String what, RestClientResponseException answer) {
        return new IdentityProviderException(what + " failed: Keycloak answered " + answer.getStatusCode().value()
                + explanation(answer), null);
    }

    static IdentityProviderException unreachable(String what, URI keycloak, Exception cause) {
        return new IdentityProviderException(what + " failed: Keycloak" + (keycloak == null ? "" : " at " + keycloak)
                + " did not answer (" + cause.getClass().getSimpleName() + ")", cause);
    }

    /** Only the fields Keycloak uses for its explanations, never the raw body. */
    private static String explanation(RestClientResponseException answer) {
        try {
            KeycloakError error = answer.getResponseBodyAs(KeycloakError.class);
            if (error == null) {
                return "";
            }
            String text = String.join(" ", nonNull(error.errorMessage()), nonNull(error.error()),
                    nonNull(error.description())).strip().replaceAll("\\s+", " ");
            return text.isEmpty() ? "" : " " + abbreviate(text);
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String abbreviate(String text) {
        return text.length() <= LONGEST_EXPLANATION ? text : text.substring(0, LONGEST_EXPLANATION) + "...";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeycloakError(String errorMessage, String error, @JsonProperty("error_description") String description) {
    }
}
