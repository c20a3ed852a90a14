package org.reversementoring.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reversementoring.common.LinkSecret;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.SignedLinks;

/**
 * The "ask to end this tandem" and "move this session" links act without a login: only genuine
 * tokens name a tandem and a side.
 */
class EarlyEndingLinkTest {

  static final ProgramProperties PROPERTIES = new ProgramProperties("http://mentoring.test", "installation-secret-1",
      new ProgramProperties.Mail("office@example.com", "coordinators@example.com"));

  final SignedLinks signed = new SignedLinks(new LinkSecret("installation-secret-1"));
  final SessionLinks links = new SessionLinks(signed, PROPERTIES);

  @Test
  void theLinkNamesTheTandemAndTheSideItWasSentTo() {
    String url = links.endRequestUrl(7, TandemSide.MENTEE);

    assertThat(url).startsWith("http://mentoring.test/tandems/end?token=7-mentee.");
    assertThat(links.endRequestFor(token(url))).contains(new SessionLinks.EndRequestRef(7, TandemSide.MENTEE));
    assertThat(links.endRequestFor(token(links.endRequestUrl(7, TandemSide.MENTOR))))
        .contains(new SessionLinks.EndRequestRef(7, TandemSide.MENTOR));
  }

  @Test
  void theMoveLinkNamesTheSessionAndItsReaderAndOldLinksWithoutOneStillWork() {
    String url = links.moveUrl(7, 2, TandemSide.MENTEE);

    assertThat(url).startsWith("http://mentoring.test/sessions/move?token=7-2-mentee.");
    assertThat(links.sessionFor(token(url))).contains(new SessionLinks.SessionRef(7, 2, TandemSide.MENTEE));
    assertThat(links.sessionFor(signed.token(SessionLinks.PURPOSE, "7-2")))
        .as("mailed before links named their reader").contains(new SessionLinks.SessionRef(7, 2, null));
    assertThat(links.sessionFor(token(url).replace("7-2-mentee", "7-2-mentor"))).as("the other side").isEmpty();
    assertThat(links.sessionFor(signed.token(SessionLinks.PURPOSE, "7-2-coordinator"))).isEmpty();
  }

  @Test
  void forgedAlteredOrOtherLinksAreRefused() {
    String token = token(links.endRequestUrl(7, TandemSide.MENTEE));

    assertThat(links.endRequestFor(token.replace("7-mentee", "8-mentee"))).as("another tandem").isEmpty();
    assertThat(links.endRequestFor(token.replace("7-mentee", "7-mentor"))).as("the other side").isEmpty();
    assertThat(links.endRequestFor("7-mentee.forged")).isEmpty();
    assertThat(links.endRequestFor(null)).isEmpty();
    assertThat(links.endRequestFor(token(links.moveUrl(7, 1, TandemSide.MENTOR)))).as("a move link is no end link").isEmpty();
    assertThat(links.sessionFor(token)).as("nor the other way round").isEmpty();
    assertThat(new SessionLinks(new SignedLinks(new LinkSecret("other-secret")), PROPERTIES).endRequestFor(token))
        .as("another installation's secret").isEmpty();
    assertThat(links.endRequestFor(signed.token(SessionLinks.END_PURPOSE, "7-coordinator"))).isEmpty();
    assertThat(links.endRequestFor(signed.token(SessionLinks.END_PURPOSE, "x-mentee"))).isEmpty();
  }

  private static String token(String url) {
    return url.substring(url.indexOf("token=") + 6);
  }
}
