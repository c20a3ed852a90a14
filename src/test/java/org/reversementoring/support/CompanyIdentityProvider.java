package org.reversementoring.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in a
 * small context of its own on a random port of localhost (its own session cookie, none of the
 * app's configuration, no engine). It knows the client {@value #CLIENT_ID} with any loopback
 * redirect to {@code /login/oauth2/code/company} and people whose subject is their user name,
 * each with the password {@value #PASSWORD} and an email the test may change.
 */
public final class CompanyIdentityProvider implements AutoCloseable {

  public static final String CLIENT_ID = "reverse-mentoring";
  public static final String CLIENT_SECRET = "company-client-secret";
  public static final String PASSWORD = "company-password";

  private static final Map<String, String> EMAILS = new ConcurrentHashMap<>();

  private final ConfigurableApplicationContext context;

  private CompanyIdentityProvider(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts a provider that knows these people (subject → email). */
  public static CompanyIdentityProvider start(Map<String, String> people) {
    EMAILS.clear();
    EMAILS.putAll(people);
    String client = "spring.security.oauth2.authorizationserver.client.app.";
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderConfiguration.class)
        .properties(
            // none of the app's application*.yml
            "spring.config.name=company-identity-provider",
            "server.port=0",
            "server.servlet.session.cookie.name=PROVIDER_SESSION",
            client + "registration.client-id=" + CLIENT_ID,
            client + "registration.client-secret={noop}" + CLIENT_SECRET,
            client + "registration.client-authentication-methods=client_secret_basic",
            client + "registration.authorization-grant-types=authorization_code",
            // a loopback redirect matches on any port (RFC 8252), so the app's random port fits
            client + "registration.redirect-uris=http://127.0.0.1/login/oauth2/code/company",
            client + "registration.scopes=openid",
            client + "require-authorization-consent=false")
        .run();
    return new CompanyIdentityProvider(context);
  }

  /** The issuer, as the provider's discovery document names it. */
  public String issuer() {
    return "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  /** The person changes their email at the provider, as people can. */
  public void changeEmail(String subject, String email) {
    EMAILS.put(subject, email);
  }

  /** The client may send people back here after they logged out (RP-initiated logout). */
  public void allowPostLogoutRedirect(String uri) {
    RegisteredClientRepository clients = context.getBean(RegisteredClientRepository.class);
    RegisteredClient client = clients.findByClientId(CLIENT_ID);
    clients.save(RegisteredClient.from(client).postLogoutRedirectUri(uri).build());
  }

  @Override
  public void close() {
    context.close();
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
      ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
      JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
      SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
      OAuth2AuthorizationServerJwtAutoConfiguration.class})
  static class ProviderConfiguration {

    @Bean
    UserDetailsService people() {
      return new InMemoryUserDetailsManager(EMAILS.keySet().stream()
          .map(subject -> User.withUsername(subject).password("{noop}" + PASSWORD).roles("EMPLOYEE").build())
          .toList());
    }

    /** The ID token carries the person's current email, as company providers' do. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaim() {
      return token -> {
        String email = EMAILS.get(token.getPrincipal().getName());
        if (email != null) {
          token.getClaims().claim("email", email);
        }
      };
    }
  }
}
