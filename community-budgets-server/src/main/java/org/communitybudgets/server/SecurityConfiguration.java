package org.communitybudgets.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call: every address but health, the contract and its page needs credentials, an API key
 * ({@code X-API-Key}) or a bearer token from the configured identity provider; a client uses only
 * the rule sets granted to it, and only an administrator deploys rule sets. Stateless: no
 * sessions, no cookies, so no CSRF to guard against; CORS is off unless origins are configured.
 */
@Configuration
class SecurityConfiguration {
  /** The header an API key comes in. */
  static final String API_KEY = "X-API-Key";

  @Bean
  ApiKeys apiKeys(ServiceSettings settings, org.springframework.core.env.Environment environment) {
    ApiKeys keys = new ApiKeys(settings.security().clients());
    if (settings.security().enabled() && settings.security().developmentKey()) {
      String key = ApiKeys.newKey();
      keys.add(new ServiceSettings.Client("development", List.of(ApiKeys.hash(key)), List.of(Caller.EVERY), true));
      PrintStream out = System.out;
      out.println("community-budgets-server: development key (every rule set, administrator): " + key);
      out.println("community-budgets-server: e.g. curl -H 'X-API-Key: " + key + "' http://localhost:"
          + environment.getProperty("server.port", "8080") + "/v1/rule-sets");
      out.flush();
    }
    return keys;
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, ServiceSettings settings, ApiKeys keys, ObjectProvider<JwtDecoder> jwt) throws Exception {
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(r -> r.disable())
        .securityContext(s -> s.requireExplicitSave(true))
        .formLogin(f -> f.disable())
        .httpBasic(b -> b.disable())
        .logout(l -> l.disable())
        .anonymous(a -> a.disable())
        .headers(h -> h
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(Pages.PAGES),
                new ContentSecurityPolicyHeaderWriter(Pages.API_POLICY)))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) -> Problems.write(response, new Problem(Problem.Kind.UNAUTHENTICATED,
                "this address needs credentials: an API key in the " + API_KEY + " header, or a bearer token"), request))
            .accessDeniedHandler((request, response, ex) -> Problems.write(response, new Problem(Problem.Kind.FORBIDDEN,
                "the credentials given do not grant this: deploying a rule set is for an administrator"), request)));
    if (!settings.security().allowedOrigins().isEmpty()) {
      CorsConfiguration cors = new CorsConfiguration();
      cors.setAllowedOrigins(settings.security().allowedOrigins());
      cors.setAllowedMethods(List.of("GET", "POST", "PUT"));
      cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization", API_KEY, "If-Match"));
      cors.setExposedHeaders(List.of("ETag", "Location"));
      UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
      source.registerCorsConfiguration("/v1/**", cors);
      http.cors(c -> c.configurationSource(source));
    } else {
      http.cors(c -> c.disable());
    }
    if (!settings.security().enabled()) {
      // Local development only: every call is an administrator's, with every rule set.
      http.addFilterBefore(new OpenFilter(), AbstractPreAuthenticatedProcessingFilter.class);
      http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
      return http.build();
    }
    http.addFilterBefore(new ApiKeyFilter(keys), AbstractPreAuthenticatedProcessingFilter.class);
    Optional.ofNullable(decoder(settings.security().jwt()).orElseGet(jwt::getIfAvailable)).ifPresent(decoder -> {
      try {
        http.oauth2ResourceServer(o -> o
            .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(tokens(settings.security().jwt())))
            .authenticationEntryPoint((request, response, ex) -> Problems.write(response, new Problem(Problem.Kind.UNAUTHENTICATED,
                "the bearer token is not valid: " + ex.getMessage()), request)));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    http.authorizeHttpRequests(a -> a
        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/v1/openapi.json", "/v1/openapi.yaml", "/v1/docs", "/v1/docs/start.js",
            "/webjars/swagger-ui/**").permitAll()
        .requestMatchers(HttpMethod.PUT, "/v1/rule-sets/*").hasAuthority(Caller.ADMIN)
        .requestMatchers("/v1/decisions/erasures").hasAuthority(Caller.ADMIN)
        .requestMatchers(HttpMethod.DELETE, "/v1/rule-sets/*").hasAuthority(Caller.ADMIN)
        .anyRequest().authenticated());
    return http.build();
  }

  /**
   * The decoder of bearer tokens the settings describe: signatures checked with the issuer's keys,
   * and the issuer, expiry and audience with them.
   */
  static Optional<JwtDecoder> decoder(ServiceSettings.Jwt settings) {
    if (!settings.configured()) {
      return Optional.empty();
    }
    if (settings.issuer() == null || settings.issuer().isBlank()) {
      throw new IllegalArgumentException("community-budgets.security.jwt.issuer is required with the issuer's keys: every token's issuer is checked");
    }
    NimbusJwtDecoder decoder;
    if (settings.jwkSetUri() != null) {
      decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
    } else {
      try {
        String pem = java.nio.file.Files.readString(settings.publicKey()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.PublicKey key = java.security.KeyFactory.getInstance("RSA")
            .generatePublic(new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(pem)));
        decoder = NimbusJwtDecoder.withPublicKey((java.security.interfaces.RSAPublicKey) key).build();
      } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
        throw new IllegalArgumentException("community-budgets.security.jwt.public-key: " + settings.publicKey()
            + " is not a readable RSA public key in PEM: " + e.getMessage(), e);
      }
    }
    List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
    checks.add(JwtValidators.createDefaultWithIssuer(settings.issuer()));
    if (settings.audience() != null && !settings.audience().isBlank()) {
      checks.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(settings.audience())));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
    return Optional.of(decoder);
  }

  /** A bearer token's holder, its rule sets from the configured claim and the administrator's role from its scope. */
  static Converter<Jwt, AbstractAuthenticationToken> tokens(ServiceSettings.Jwt settings) {
    return jwt -> {
      List<GrantedAuthority> granted = new ArrayList<>();
      for (String ruleSet : strings(jwt.getClaim(settings.ruleSetsClaim()))) {
        granted.add(new SimpleGrantedAuthority(Caller.RULE_SET + ruleSet));
      }
      List<String> scopes = new ArrayList<>(strings(jwt.getClaim("scope")));
      scopes.addAll(strings(jwt.getClaim("scp")));
      if (scopes.contains(settings.adminScope())) {
        granted.add(new SimpleGrantedAuthority(Caller.ADMIN));
      }
      String name = Optional.ofNullable(jwt.getClaimAsString("client_id")).orElse(jwt.getSubject());
      return new JwtAuthenticationToken(jwt, granted, name);
    };
  }

  private static List<String> strings(Object claim) {
    if (claim instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    if (claim instanceof String s) {
      return List.of(s.split("[\\s,]+"));
    }
    return List.of();
  }

  /** Authenticates a request by its API key; a key no client has is refused at once. */
  static final class ApiKeyFilter extends OncePerRequestFilter {
    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
      this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String key = request.getHeader(API_KEY);
      if (key == null) {
        chain.doFilter(request, response);
        return;
      }
      Optional<ServiceSettings.Client> client = keys.client(key.strip());
      if (client.isEmpty()) {
        Problems.write(response, new Problem(Problem.Kind.UNAUTHENTICATED, "the API key in the " + API_KEY + " header is not one the service knows"), request);
        return;
      }
      ServiceSettings.Client c = client.get();
      List<GrantedAuthority> granted = new ArrayList<>();
      c.ruleSets().forEach(r -> granted.add(new SimpleGrantedAuthority(Caller.RULE_SET + r)));
      if (c.admin()) {
        granted.add(new SimpleGrantedAuthority(Caller.ADMIN));
      }
      SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(c.name(), null, granted));
      try {
        chain.doFilter(request, response);
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
  }

  /** With security switched off, every caller is an administrator with every rule set. */
  static final class OpenFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("local", null,
          List.of(new SimpleGrantedAuthority(Caller.RULE_SET + Caller.EVERY), new SimpleGrantedAuthority(Caller.ADMIN))));
      try {
        chain.doFilter(request, response);
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
  }
}
