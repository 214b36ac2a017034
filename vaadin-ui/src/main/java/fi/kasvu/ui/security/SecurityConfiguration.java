package fi.kasvu.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.kasvu.platform.tenancy.TenantContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains. The API takes bearer tokens of the host's realm and keeps no session. The site (Vaadin) signs
 * people in through the host's realm with the authorization code flow and PKCE, and signs them out at Keycloak too.
 * Both run after the platform's host filter, so the host's tenant is bound when they ask for the host's realm.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, HostIssuerTokens tokens, TenantContext tenants) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/schools", "/api/plans").permitAll()
                        .requestMatchers("/api/signup", "/api/signup/**").permitAll()
                        .requestMatchers("/api/operator/**").access(operatorOnThePlatformHost(tenants))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(tokens.resolver()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookie is read on the API, so there is no session for a forged request to ride on
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http, HostRealms realms, TenantContext tenants,
                             OAuth2AuthorizedClientRepository authorizedClients,
                             SecurityContextHolderStrategy securityContexts) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").access(operatorOnThePlatformHost(tenants)))
                .oauth2Login(login -> login
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(RealmRoles.signIn()))
                        .authorizedClientRepository(authorizedClients)
                        // back to the front page rather than to the login page, which would start another sign-in
                        .failureUrl("/?login-failed"))
                .addFilterAfter(new SessionIssuerGuard(realms, securityContexts), SecurityContextHolderFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .oauth2LoginPage(HostClientRegistrations.LOGIN_PAGE, "{baseUrl}/")
                        // views are registered per session for their host, so no URL tells the HTTP layer which view
                        // it is; navigation access control checks each view's annotations instead
                        .anyRequest(url -> url.permitAll()))
                .build();
    }

    /** Tokens and sessions keep their authorized client to themselves; an in-memory store would mix realms' users. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /**
     * The operator role, on the platform host only: a city admin can make a role of any name in their own realm, so a
     * role called {@code operator} in a municipality's realm must count for nothing.
     */
    private static AuthorizationManager<RequestAuthorizationContext> operatorOnThePlatformHost(TenantContext tenants) {
        AuthorizationManager<RequestAuthorizationContext> platformHost =
                (authentication, context) -> new AuthorizationDecision(tenants.current().isEmpty());
        return AuthorizationManagers.allOf(platformHost, AuthorityAuthorizationManager.hasRole("OPERATOR"));
    }
}
