package org.reversementoring.recruitment;

import java.util.Optional;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.SignedLinks;
import org.springframework.stereotype.Component;

/** The withdraw link every applicant mail carries: the application number, signed. */
@Component
public class WithdrawLinks {

  static final String PURPOSE = "withdraw-application";

  private final SignedLinks links;
  private final ProgramProperties properties;

  public WithdrawLinks(SignedLinks links, ProgramProperties properties) {
    this.links = links;
    this.properties = properties;
  }

  public String urlFor(MentorApplication application) {
    return properties.url("/withdraw?token=" + links.token(PURPOSE, application.getNumber()));
  }

  /** The number of the application a link is for, if the link is genuine. */
  public Optional<String> applicationNumber(String token) {
    return links.verify(PURPOSE, token);
  }
}
