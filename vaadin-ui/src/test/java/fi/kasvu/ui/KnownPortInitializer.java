package fi.kasvu.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application on a free port that it knows before it starts: portals' addresses carry the port
 * ({@code kasvu.tenancy.public-port}), and Keycloak accepts a sign-in only back to the address a realm was made for.
 */
public class KnownPortInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = freePort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kasvu-known-port", Map.of(
                "server.port", port,
                "kasvu.tenancy.public-port", port)));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the application under test", e);
        }
    }
}
