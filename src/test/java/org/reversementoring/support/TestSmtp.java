package org.reversementoring.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail server {@link AppTest} apps send to: port 3025, or {@code -Dtest.smtp.port=...}
 * so that two builds on one machine do not take each other's mails.
 */
public final class TestSmtp {

  public static final int PORT = Integer.getInteger("test.smtp.port", 3025);

  private TestSmtp() {
  }

  public static GreenMailExtension server() {
    return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
  }
}
