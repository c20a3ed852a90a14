package org.reversementoring.upgrade;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.reversementoring.support.JarProcess;
import org.reversementoring.support.JarProcess.Probe;

/**
 * The old side of the upgrade: the old release's jar started on the database, driven into every
 * wait state ({@link OldReleaseDriver}), its state recorded ({@link Baseline}), and stopped.
 */
final class OldSide {

  /** How long each part took, for the report. */
  record Timings(Duration startup, Duration drive, Duration record, Duration stop) {
  }

  private OldSide() {
  }

  static Baseline leaveEveryWaitState(ReleaseJar release, Path jar, UpgradeDatabase database, GreenMail smtp,
      Path directory, List<Timings> timings) {
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.addAll(List.of(
        "--reverse-mentoring.demo.embedded-smtp=false",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        // the driver runs every job itself, so a job it leaves stays pending
        "--camunda.bpm.job-execution.enabled=false",
        "--reverse-mentoring.base-url=" + UpgradeFromLastReleaseIT.BASE_URL));
    List<WaitingInstance> waiting;
    List<Baseline.WaitState> states;
    int running;
    Instant started;
    Instant driven;
    Instant recorded;
    Duration startup;
    try (JarProcess app = JarProcess.start(jar, directory.resolve("old-app"), UpgradeFromLastReleaseIT.JAVA_OPTIONS,
        arguments, Map.of(), Probe.LIVENESS)) {
      startup = app.startup();
      started = Instant.now();
      EngineRest rest = new EngineRest(app.baseUrl(), "admin", "admin-demo");
      waiting = new OldReleaseDriver(rest).reachEveryWaitState();
      driven = Instant.now();
      states = Baseline.read(rest, waiting);
      running = rest.processInstances(Map.of()).size();
      recorded = Instant.now();
    }
    Instant stopped = Instant.now();
    try (Connection connection = database.connect()) {
      Baseline.addNotifications(states, connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the notification log of " + database, e);
    }
    timings.add(new Timings(startup, Duration.between(started, driven), Duration.between(driven, recorded),
        Duration.between(recorded, stopped)));
    Baseline baseline = new Baseline(release.label(), release.commit(),
        database.kind().toString(), Instant.now(), states, mails(smtp), running);
    baseline.write(directory.resolve(release.shortCommit() + "-wait-states.json"));
    return baseline;
  }

  static List<Baseline.Mail> mails(GreenMail smtp) {
    List<Baseline.Mail> mails = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      try {
        Address[] recipients = message.getAllRecipients();
        List<String> to = recipients == null ? List.of()
            : Arrays.stream(recipients).map(a -> ((InternetAddress) a).getAddress()).toList();
        mails.add(new Baseline.Mail(message.getMessageID(), to, message.getSubject()));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }
}
