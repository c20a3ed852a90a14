package org.reversementoring.tandem;

import java.util.Optional;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.SignedLinks;
import org.springframework.stereotype.Component;

/**
 * The "move this session" link in the session mails: {@code <base-url>/sessions/move?token=...},
 * the token signed for one session of one tandem. Either participant may use it, as often as needed.
 */
@Component
public class SessionLinks {

  static final String PURPOSE = "session-reschedule";

  /** Which session a link names. */
  public record SessionRef(long tandemId, int position) {
  }

  private final SignedLinks links;
  private final ProgramProperties properties;

  public SessionLinks(SignedLinks links, ProgramProperties properties) {
    this.links = links;
    this.properties = properties;
  }

  public String moveUrl(long tandemId, int position) {
    return properties.url("/sessions/move?token=" + links.token(PURPOSE, tandemId + "-" + position));
  }

  public Optional<SessionRef> sessionFor(String token) {
    return links.verify(PURPOSE, token).flatMap(subject -> {
      String[] parts = subject.split("-");
      try {
        return parts.length == 2 ? Optional.of(new SessionRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1])))
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
