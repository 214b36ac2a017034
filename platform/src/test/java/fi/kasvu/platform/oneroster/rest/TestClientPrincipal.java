package fi.kasvu.platform.oneroster.rest;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for the application's bearer-token security in the platform's own tests, which run without it: the
 * client named in a test header becomes the request's principal. The token checks are tested in vaadin-ui.
 */
class TestClientPrincipal extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getHeader(OneRosterClient.CLIENT_HEADER);
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
