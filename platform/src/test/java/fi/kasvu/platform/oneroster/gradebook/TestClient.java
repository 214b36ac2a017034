package fi.kasvu.platform.oneroster.gradebook;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for the application's bearer-token security in the platform's tests: the client named in a test header
 * becomes the request's principal. The token and scope checks are tested in vaadin-ui ({@code GradebookApiTest}).
 */
class TestClient extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getHeader(GradebookClient.CLIENT_HEADER);
        if (client == null) {
            chain.doFilter(request, response);
            return;
        }
        Principal principal = () -> client;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }
        }, response);
    }
}
