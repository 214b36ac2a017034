package fi.kasvu.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform on its own, as the platform's tests start it. */
@SpringBootApplication
public class PlatformTestApplication {
}
