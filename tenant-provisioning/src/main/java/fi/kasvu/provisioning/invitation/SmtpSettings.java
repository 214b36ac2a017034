package fi.kasvu.provisioning.invitation;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The SMTP server of {@code spring.mail.*}, read as Spring Boot documents it: Keycloak sends the realms' mails through
 * it. SSL on connect is {@code spring.mail.ssl.enabled} or the JavaMail property {@code mail.smtp.ssl.enable};
 * STARTTLS is {@code mail.smtp.starttls.enable}.
 */
@ConfigurationProperties("spring.mail")
record SmtpSettings(String host, Integer port, String username, String password, Map<String, String> properties,
                    Ssl ssl) {

    boolean configured() {
        return StringUtils.hasText(host);
    }

    boolean sslOnConnect() {
        return (ssl != null && ssl.enabled()) || property("mail.smtp.ssl.enable");
    }

    boolean starttls() {
        return property("mail.smtp.starttls.enable");
    }

    /** The configured port, or the standard one for how the connection is secured. */
    int portOrDefault() {
        return port != null ? port : sslOnConnect() ? 465 : starttls() ? 587 : 25;
    }

    private boolean property(String name) {
        return properties != null && Boolean.parseBoolean(properties.get(name));
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username + "]";
    }

    record Ssl(boolean enabled) {
    }
}
