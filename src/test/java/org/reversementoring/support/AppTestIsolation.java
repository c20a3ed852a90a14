package org.reversementoring.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.reversementoring.security.LoginThrottle;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What one {@link AppTest} class could leave in the app that the next class shares, undone:
 *
 * <ul>
 *   <li>before each class: process instances still running (with their jobs, timers and tasks)
 *       are deleted, without running the models' listeners, so that no reminder of another class
 *       fires when a test moves the clock and no other class's task is open; and the login
 *       throttle forgets the wrong passwords of earlier classes (it counts per client address,
 *       and every test comes from 127.0.0.1);
 *   <li>before and after each test: the engine clock is the real one again, the test mail server
 *       is running and empty, and the test thread acts for nobody in the engine;
 *   <li>before each class, and before a test when the mail server was restarted (an outage test
 *       stops it): the mail sender closes the connections it keeps per thread, so that no thread
 *       sends over a connection to a server that is gone (the sender replaces such a connection
 *       only when the failure is not an SMTP refusal, and a dropped connection can fail at
 *       {@code MAIL FROM} with {@code SMTPSendFailedException: [EOF]}).
 * </ul>
 *
 * <p>The rows a class wrote (applicants, executives, tandems, accounts) stay: tests read their
 * own data by its number, email or id, and count what they add, never all rows.
 */
public class AppTestIsolation implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

  private static final int DELETE_BATCH = 200;
  private static int mailServerStartsSeen = -1;

  @Override
  public void beforeAll(ExtensionContext context) {
    ApplicationContext app = SpringExtension.getApplicationContext(context);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
    deleteRunningInstances(engine.getRuntimeService());
    forgetFailedLogins(app);
    TestSmtp.emptied();
    closeMailConnections(app);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ClockUtil.reset();
    TestSmtp.emptied();
    if (TestSmtp.starts() != mailServerStartsSeen) {
      closeMailConnections(SpringExtension.getApplicationContext(context));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
    SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class).getIdentityService()
        .clearAuthentication();
  }

  private static void deleteRunningInstances(RuntimeService runtime) {
    List<String> ids;
    while (!(ids = runtime.createProcessInstanceQuery().rootProcessInstances().listPage(0, DELETE_BATCH)
        .stream().map(ProcessInstance::getId).toList()).isEmpty()) {
      runtime.deleteProcessInstances(ids, "left by an earlier test class", true, true, false, true);
    }
  }

  private static void closeMailConnections(ApplicationContext app) {
    mailServerStartsSeen = TestSmtp.starts();
    for (JavaMailSender sender : app.getBeansOfType(JavaMailSender.class).values()) {
      if (sender instanceof DisposableBean keepsConnections) {
        try {
          keepsConnections.destroy();
        } catch (Exception e) {
          throw new IllegalStateException("Could not close the mail sender's connections", e);
        }
      }
    }
  }

  private static void forgetFailedLogins(ApplicationContext app) {
    for (LoginThrottle throttle : app.getBeansOfType(LoginThrottle.class).values()) {
      ((Map<?, ?>) ReflectionTestUtils.getField(throttle, "failures")).clear();
    }
  }
}
