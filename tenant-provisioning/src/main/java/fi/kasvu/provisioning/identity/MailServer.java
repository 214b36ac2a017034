package fi.kasvu.provisioning.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SMTP server a realm's mails go out through, as Keycloak sends them itself (the invitation links it signs).
 *
 * @param fromName the sender's name as the recipient sees it
 * @param username with its password, the server's login; null when the server takes mail without one
 */
public record MailServer(String host, int port, String from, String fromName, String username, String password,
                         boolean ssl, boolean starttls) {

    public MailServer {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The mail server needs a host name.");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The mail server's port must be from 1 to 65535, not " + port + ".");
        }
        if (from == null || !from.contains("@")) {
            throw new IllegalArgumentException("The mail server needs a sender address (kasvu.mail.from).");
        }
    }

    /** The same server, with mail that seems to come from the named sender. */
    public MailServer from(String name) {
        return new MailServer(host, port, from, name, username, password, ssl, starttls);
    }

    /** The realm's {@code smtpServer} as Keycloak's admin API takes it: every value a string. */
    Map<String, String> keycloakConfiguration() {
        var smtp = new LinkedHashMap<String, String>();
        smtp.put("host", host);
        smtp.put("port", Integer.toString(port));
        smtp.put("from", from);
        if (fromName != null && !fromName.isBlank()) {
            smtp.put("fromDisplayName", fromName);
        }
        smtp.put("ssl", Boolean.toString(ssl));
        smtp.put("starttls", Boolean.toString(starttls));
        boolean auth = username != null && !username.isBlank();
        smtp.put("auth", Boolean.toString(auth));
        if (auth) {
            smtp.put("user", username);
            smtp.put("password", password == null ? "" : password);
        }
        return smtp;
    }

    @Override
    public String toString() {
        return "MailServer[host=" + host + ", port=" + port + ", from=" + from + ", username=" + username + ", ssl=" + ssl
                + ", starttls=" + starttls + "]";
    }
}
