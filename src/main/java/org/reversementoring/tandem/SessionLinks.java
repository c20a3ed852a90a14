package org.reversementoring.tandem;

import java.util.Optional;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.SignedLinks;
import org.springframework.stereotype.Component;

/**
 * The "move this session" link in the session mails: {@code <base-url>/sessions/move?token=...},
 * the token signed for one session of one tandem and the side it was sent to (whose language
 * the page speaks). Either participant may use it, as often as needed.
 */
@Component
public class SessionLinks {

  static final String PURPOSE = "session-reschedule";
  static final String END_PURPOSE = "tandem-end-request";

  /** Which tandem and which side an "ask to end this tandem" link is for. */
  public record EndRequestRef(long tandemId, TandemSide requester) {
  }

  /**
   * Which session a link names, and for whom it was written: {@code reader} is null in the links
   * mailed before links named their reader, which still work.
   */
  public record SessionRef(long tandemId, int position, TandemSide reader) {
  }

  private final SignedLinks links;
  private final ProgramProperties properties;

  public SessionLinks(SignedLinks links, ProgramProperties properties) {
    this.links = links;
    this.properties = properties;
  }

  public String moveUrl(long tandemId, int position, TandemSide reader) {
    return properties.url("/sessions/move?token="
        + links.token(PURPOSE, tandemId + "-" + position + "-" + reader.code()));
  }

  public Optional<SessionRef> sessionFor(String token) {
    return links.verify(PURPOSE, token).flatMap(subject -> {
      String[] parts = subject.split("-");
      try {
        if (parts.length == 2) {
          return Optional.of(new SessionRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), null));
        }
        return parts.length == 3 ? TandemSide.of(parts[2])
            .map(side -> new SessionRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), side)) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * The "ask to end this tandem" link in every mail to mentor and mentee:
   * {@code <base-url>/tandems/end?token=...}, signed for the tandem and the side it was sent to.
   */
  public String endRequestUrl(long tandemId, TandemSide requester) {
    return properties.url("/tandems/end?token=" + links.token(END_PURPOSE, tandemId + "-" + requester.code()));
  }

  public Optional<EndRequestRef> endRequestFor(String token) {
    return links.verify(END_PURPOSE, token).flatMap(subject -> {
      String[] parts = subject.split("-");
      try {
        return parts.length == 2 ? TandemSide.of(parts[1]).map(side -> new EndRequestRef(Long.parseLong(parts[0]), side))
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
