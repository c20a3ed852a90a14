package org.reversementoring.security;

import java.util.Map;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.identity.CompanyAccounts;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The program office links a person's subject at the company's provider to their program account
 * ({@code camunda-admin} only, see {@link SecurityConfiguration}): {@code PUT
 * /api/sign-on/links/{userId}} with {@code {"subject":"…"}}, {@code DELETE} to unlink. The
 * issuer is the configured provider's. Refusals answer 400 naming the field.
 */
@RestController
@Profile("oidc")
class CompanyAccountLinkController {

  private final CompanyAccounts links;
  private final String issuer;

  CompanyAccountLinkController(CompanyAccounts links, ClientRegistrationRepository registrations) {
    this.links = links;
    this.issuer = registrations.findByRegistrationId(CompanySignOn.REGISTRATION).getProviderDetails().getIssuerUri();
  }

  @PutMapping("/api/sign-on/links/{userId}")
  ResponseEntity<Map<String, String>> link(@PathVariable String userId, @RequestBody Map<String, String> body) {
    try {
      links.link(issuer, body.get("subject"), userId);
      return ResponseEntity.ok(Map.of("userId", userId, "issuer", issuer, "subject", body.get("subject")));
    } catch (RejectedInputException refused) {
      return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
    }
  }

  @DeleteMapping("/api/sign-on/links/{userId}")
  ResponseEntity<Void> unlink(@PathVariable String userId) {
    links.unlink(userId);
    return ResponseEntity.noContent().build();
  }
}
