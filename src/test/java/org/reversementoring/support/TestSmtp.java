package org.reversementoring.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The GreenMail server {@link AppTest} apps send to: port 3025, or {@code -Dtest.smtp.port=...}
 * so that two builds on one machine do not take each other's mails. One server for the whole
 * test JVM, like the one app the app tests share: it starts with the first test that needs it
 * and is emptied before every test, so a test reads only the mails its own steps sent.
 */
public final class TestSmtp {

  public static final int PORT = Integer.getInteger("test.smtp.port", 3025);

  private static GreenMail server;
  private static int started;

  private TestSmtp() {
  }

  /**
   * The shared server as a field a test class registers ({@code @RegisterExtension static
   * GreenMailExtension smtp = TestSmtp.server();}): empty at the start of each test, running
   * unless the test stops it ({@code smtp.stop()}, to play an outage; {@code smtp.start()}
   * brings it back, and the next test finds it running anyway).
   */
  public static GreenMailExtension server() {
    return new SharedServer();
  }

  /** Starts the shared server unless it runs. */
  public static synchronized GreenMail running() {
    if (server == null || !server.isRunning()) {
      if (server == null) {
        Runtime.getRuntime().addShutdownHook(new Thread(TestSmtp::stop, "test-smtp-stop"));
      }
      server = new GreenMail(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
      server.start();
      started++;
    }
    return server;
  }

  /** How often a server was started: a connection the app kept to an earlier one is dead. */
  public static synchronized int starts() {
    return started;
  }

  /** A running shared server without any mail. */
  public static synchronized void emptied() {
    try {
      running().purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException("Could not empty the test mail server", e);
    }
  }

  private static synchronized GreenMail current() {
    return server != null ? server : running();
  }

  private static synchronized void stop() {
    if (server != null && server.isRunning()) {
      server.stop();
    }
  }

  /** GreenMail's JUnit extension, bound to the shared server instead of one of its own. */
  private static final class SharedServer extends GreenMailExtension {

    @Override
    protected GreenMail getGreenMail() {
      return current();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
      running();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      emptied();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      // the server stays for the next test (and is emptied then)
    }

    @Override
    public void afterAll(ExtensionContext context) {
      // the server stays for the next test class
    }

    @Override
    public boolean isRunning() {
      return current().isRunning();
    }

    @Override
    public void start() {
      running();
    }

    @Override
    public void stop() {
      TestSmtp.stop();
    }
  }
}
