package fi.kasvu.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import fi.kasvu.platform.oneroster.rest.StatusInfo;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

/** Refusals in front of the rostering service, in its imsx_StatusInfo form. */
final class ImsxResponses {

    private ImsxResponses() {
    }

    static void send(HttpServletResponse response, int status, String codeMinor, String description) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(StatusInfo.failureJson(codeMinor, description));
    }
}
