package fi.kasvu.ui.security;

import java.net.URI;

import fi.kasvu.platform.oneroster.rest.IntegrationApps;
import fi.kasvu.platform.oneroster.rest.StatusInfo;
import fi.kasvu.platform.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.util.StringUtils;
import redis.clients.jedis.RedisClient;

/**
 * The OneRoster API's own filter chain on {@code /ims/**}: stateless bearer tokens of the host's realm only (as on
 * {@code /api/**}), then {@link OneRosterAccess} for the app, its rate limit and the endpoint's scopes. Every
 * refusal is in the specification's imsx_StatusInfo form. Rate limits live in Redis when {@code kasvu.redis.url} is
 * set, so all nodes share an app's bucket, and in this node's memory otherwise.
 */
@Configuration(proxyBeanMethods = false)
class OneRosterSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain oneRoster(HttpSecurity http, HostIssuerTokens tokens, TenantContext tenants,
                                  IntegrationApps apps, RateLimits oneRosterRateLimits,
                                  SecurityContextHolderStrategy securityContexts) throws Exception {
        AuthenticationEntryPoint unauthorised = (request, response, failure) -> {
            new BearerTokenAuthenticationEntryPoint().commence(request, response, failure);
            ImsxResponses.send(response, 401, StatusInfo.UNAUTHORISED_REQUEST,
                    "The request needs a valid access token of this municipality.");
        };
        return http.securityMatcher("/ims/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(tokens.resolver())
                        .authenticationEntryPoint(unauthorised))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler((request, response, denied) -> ImsxResponses.send(response, 403,
                                StatusInfo.FORBIDDEN, "The token does not open this endpoint.")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterAfter(new OneRosterAccess(securityContexts, tenants, new AppLookup(apps), oneRosterRateLimits),
                        AuthorizationFilter.class)
                .build();
    }

    @Bean
    RateLimits oneRosterRateLimits(@Value("${kasvu.redis.url:}") String redisUrl) {
        if (StringUtils.hasText(redisUrl)) {
            return new RedisRateLimits(RedisClient.create(URI.create(redisUrl.strip())));
        }
        return new LocalRateLimits(System::nanoTime);
    }
}
