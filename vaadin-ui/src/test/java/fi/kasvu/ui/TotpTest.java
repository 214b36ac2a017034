package fi.kasvu.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 key "12345678901234567890", shown here in Base32 as Keycloak shows secrets. */
    private static final String RFC_SECRET = "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ";

    @Test
    void base32DecodesToTheKey() {
        assertThat(new String(Totp.decode(RFC_SECRET), StandardCharsets.US_ASCII)).isEqualTo("12345678901234567890");
    }

    @Test
    void givesTheCodesOfRfc6238() {
        // the RFC lists eight digits; an authenticator shows the last six
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }
}
