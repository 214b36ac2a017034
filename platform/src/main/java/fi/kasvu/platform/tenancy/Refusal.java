package fi.kasvu.platform.tenancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * A request the tenant runtime turns away before it reaches any application code: a page for browsers, an RFC 9457
 * problem for API clients. Messages never repeat what the client sent.
 */
final class Refusal {

    private final HttpServletRequest request;
    private final HttpServletResponse response;

    Refusal(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
    }

    void unavailable(int retryAfterSeconds, String title, String detail) throws IOException {
        response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        send(503, title, detail);
    }

    void send(int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        if (wantsPage()) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(page(status, title, detail));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status
                    + ",\"detail\":" + json(detail) + "}");
        }
    }

    private boolean wantsPage() {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html") && !request.getRequestURI().startsWith("/api/");
    }

    private static String page(int status, String title, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s – Kasvu</title>
                <style>body{font-family:system-ui,sans-serif;margin:4rem auto;max-width:36rem;padding:0 1rem;color:#1f2328}
                h1{font-size:1.6rem}p{line-height:1.5}.code{color:#57606a}</style></head>
                <body><main><p class="code">%d</p><h1>%s</h1><p>%s</p></main></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), status, HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(detail));
    }

    private static String json(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
