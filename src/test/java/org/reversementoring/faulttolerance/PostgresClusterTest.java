package org.reversementoring.faulttolerance;

import static org.assertj.core.api.Assertions.assertThat;
import org.reversementoring.support.ApplicationFixtures;
import static org.awaitility.Awaitility.await;
import static org.reversementoring.recruitment.RecruitmentVariables.PROCESS_KEY;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.ReverseMentoringApplication;
import org.reversementoring.support.Mails;
import org.reversementoring.support.Postgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's cluster model on PostgreSQL: two app nodes (two Spring contexts in this JVM, each
 * with its own engine, job executor and connection pool) share one database and one mail
 * server. Applications come in on both nodes; asynchronous mail steps and the 5-day reminder
 * timers are picked up by whichever node's job executor acquires them first. Every job runs
 * exactly once and every mail is sent exactly once.
 *
 * <p>Needs PostgreSQL on 127.0.0.1:5432 (or PGHOST/PGPORT/PGUSER/PGPASSWORD) with the right to
 * create databases; it creates a fresh database and drops it afterwards. Skipped when
 * PostgreSQL cannot be reached, unless REQUIRE_POSTGRES=true (CI), then it fails.
 */
class PostgresClusterTest {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresClusterTest.class);
  private static final int APPLICATIONS = 30;

  /** A free port: both nodes send here, and 3025 may be busy with another build. */
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(false);

  @Test
  void twoNodesOnOneDatabaseRunEveryJobOnceAndSendEveryMailOnce() throws Exception {
    Postgres.requireReachable();
    String database = "rm_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Postgres.create(database);
    List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    try {
      nodes.add(startNode(database, "A"));
      long deployments = deployments(nodes.get(0));
      nodes.add(startNode(database, "B"));
      ConfigurableApplicationContext nodeA = nodes.get(0);
      assertThat(deployments(nodeA)).as("the second node found the models deployed").isEqualTo(deployments);
      ManagementService management = nodeA.getBean(ManagementService.class);
      HistoryService history = nodeA.getBean(HistoryService.class);
      JdbcTemplate sql = nodeA.getBean(JdbcTemplate.class);

      List<String> numbers = applyOnBothNodes(nodes);
      assertThat(numbers).doesNotHaveDuplicates().hasSize(APPLICATIONS);

      // the job executors send receipts and create the consent tasks (and their mails)
      awaitState("receipts and consent requests", management,
          () -> subjects("We received your application").size() >= APPLICATIONS
              && subjects("Please release").size() >= APPLICATIONS
              && onlyTimersLeft(management, 2 * APPLICATIONS));
      assertThat(numbersIn(subjects("We received your application"))).as("one receipt per application")
          .containsExactlyInAnyOrderElementsOf(numbers);
      assertThat(numbersIn(subjects("Please release"))).as("one consent request per application")
          .containsExactlyInAnyOrderElementsOf(numbers);
      // per application: the receipt and the asynchronous start of the consent task
      assertEveryJobRanOnceAndEveryMailWasSentOnce(management, history, sql, 2 * APPLICATIONS, 2 * APPLICATIONS);
      Map<String, Long> beforeTimers = jobsPerNode(history);

      // five days later both nodes see the reminder timers due (one static engine clock per JVM)
      ClockUtil.offset(Duration.ofDays(5).plusMinutes(1).toMillis());
      awaitState("reminders", management,
          () -> subjects("Reminder:").size() >= APPLICATIONS && onlyTimersLeft(management, APPLICATIONS));
      assertThat(numbersIn(subjects("Reminder:"))).as("one reminder per application")
          .containsExactlyInAnyOrderElementsOf(numbers);
      assertThat(management.createJobQuery().activityId("Timer_ConsentOverdue").count())
          .as("only the 10-day chase timers wait").isEqualTo(APPLICATIONS);
      // and the reminder timer and the reminder mail step
      assertEveryJobRanOnceAndEveryMailWasSentOnce(management, history, sql, 4 * APPLICATIONS, 3 * APPLICATIONS);

      Map<String, Long> perNode = jobsPerNode(history);
      LOG.info("Jobs executed per node: after mails {}, after reminders {}", beforeTimers, perNode);
      assertThat(perNode.keySet()).as("both nodes executed jobs: %s", perNode).containsExactlyInAnyOrder("node-a", "node-b");
      assertThat(smtp.getReceivedMessages()).as("nothing else, nothing twice").hasSize(3 * APPLICATIONS);
    } finally {
      ClockUtil.reset();
      nodes.forEach(ConfigurableApplicationContext::close);
      Postgres.drop(database);
    }
  }

  /** Applications arrive on both nodes at the same time, half on each. */
  private static List<String> applyOnBothNodes(List<ConfigurableApplicationContext> nodes) throws Exception {
    ExecutorService browsers = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> started = new ArrayList<>();
      for (int i = 0; i < APPLICATIONS; i++) {
        RuntimeService runtime = nodes.get(i % 2).getBean(RuntimeService.class);
        String applicant = "apprentice" + i + "@example.com";
        String supervisor = "supervisor" + i + "@example.com";
        started.add(browsers.submit(() ->
            runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application(applicant, supervisor)).getBusinessKey()));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> number : started) {
        numbers.add(number.get());
      }
      return numbers;
    } finally {
      browsers.shutdownNow();
    }
  }

  private static void assertEveryJobRanOnceAndEveryMailWasSentOnce(ManagementService management,
      HistoryService history, JdbcTemplate sql, int jobs, int mails) {
    assertThat(management.createJobQuery().processDefinitionKey(PROCESS_KEY).executable().count())
        .as("no job left to run").isZero();
    assertThat(management.createJobQuery().withException().count()).as("no job failed").isZero();
    assertThat(history.createHistoricIncidentQuery().count()).as("no incident ever").isZero();
    assertThat(history.createHistoricJobLogQuery().failureLog().count()).as("no failed try").isZero();
    List<HistoricJobLog> runs = processJobRuns(history);
    assertThat(runs.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId)).values().stream()
        .filter(runsOfOneJob -> runsOfOneJob.size() > 1).map(PostgresClusterTest::describe))
        .as("jobs that ran twice").isEmpty();
    assertThat(runs).as("every job of the process ran").hasSize(jobs);
    assertThat(sql.queryForList("select step_key from notification where status = 'SENT' "
        + "group by step_key having count(*) > 1", String.class)).as("steps that sent twice").isEmpty();
    assertThat(sql.queryForObject("select count(*) from notification where status = 'SENT'", Long.class))
        .as("one SENT row per mail").isEqualTo(mails);
    assertThat(sql.queryForObject("select count(*) from notification where status <> 'SENT'", Long.class))
        .as("no failed mail").isZero();
    assertThat(smtp.getReceivedMessages()).as("every mail arrived exactly once").hasSize(mails);
  }

  /** Waits for the job executors; when they do not get there, says which mails and jobs there are. */
  private static void awaitState(String what, ManagementService management, Callable<Boolean> done) {
    try {
      await(what).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(done);
    } catch (ConditionTimeoutException e) {
      Map<String, String> activities = management.createJobDefinitionQuery().list().stream()
          .collect(Collectors.toMap(d -> d.getId(), d -> d.getProcessDefinitionKey() + "/" + d.getActivityId()));
      Map<String, Long> mails = Arrays.stream(smtp.getReceivedMessages()).collect(Collectors.groupingBy(
          m -> Mails.subject(m).replaceAll("\\(.*|RMA-.*", ""), TreeMap::new, Collectors.counting()));
      Map<String, Long> jobs = management.createJobQuery().list().stream().collect(Collectors.groupingBy(
          j -> activities.getOrDefault(String.valueOf(j.getJobDefinitionId()), ((JobEntity) j).getJobHandlerType())
              + (j.getExceptionMessage() != null ? " failed, retries " + j.getRetries() : ""),
          TreeMap::new, Collectors.counting()));
      throw new AssertionError("Waited 2 minutes for " + what + "; mails: " + mails + ", jobs: " + jobs, e);
    }
  }

  /**
   * Only the timers of the waiting consent tasks are left: no job pending, none running. (The
   * engine's nightly history clean-up job belongs to no process and is left out.)
   */
  private static boolean onlyTimersLeft(ManagementService management, long timers) {
    return management.createJobQuery().processDefinitionKey(PROCESS_KEY).executable().count() == 0
        && management.createJobQuery().processDefinitionKey(PROCESS_KEY).count() == timers
        && management.createJobQuery().processDefinitionKey(PROCESS_KEY).timers().count() == timers;
  }

  private static long deployments(ConfigurableApplicationContext node) {
    return node.getBean(org.camunda.bpm.engine.RepositoryService.class).createDeploymentQuery().count();
  }

  private static String describe(List<HistoricJobLog> runs) {
    HistoricJobLog first = runs.get(0);
    return first.getJobId() + " " + first.getJobDefinitionType() + " at " + first.getActivityId() + " of "
        + first.getProcessInstanceId() + " on " + runs.stream().map(HistoricJobLog::getHostname).toList();
  }

  /** Which node ran how many of the process's jobs: each engine writes its host name into the job log. */
  private static Map<String, Long> jobsPerNode(HistoryService history) {
    return processJobRuns(history).stream()
        .collect(Collectors.groupingBy(HistoricJobLog::getHostname, TreeMap::new, Collectors.counting()));
  }

  /**
   * The job log's successful runs of the process's jobs. The engine's history clean-up job is left
   * out: inside its nightly batch window it runs again and again under the same job id, by design.
   */
  private static List<HistoricJobLog> processJobRuns(HistoryService history) {
    return history.createHistoricJobLogQuery().successLog().processDefinitionKey(PROCESS_KEY).list();
  }

  private static List<String> subjects(String prefix) {
    return Arrays.stream(smtp.getReceivedMessages()).map(Mails::subject).filter(s -> s.startsWith(prefix)).toList();
  }

  private static List<String> numbersIn(List<String> subjects) {
    return subjects.stream().map(s -> {
      java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("RMA-\\d{4}-\\d{4}").matcher(s);
      assertThat(matcher.find()).as("number in: " + s).isTrue();
      return matcher.group();
    }).toList();
  }

  /** One app node as a deployment would start it: demo and postgres profiles, job executor on. */
  private static ConfigurableApplicationContext startNode(String database, String node) {
    return new SpringApplicationBuilder(ReverseMentoringApplication.class).run(
        "--server.port=0",
        "--spring.profiles.active=demo,postgres",
        "--spring.datasource.url=" + Postgres.url(database),
        "--spring.datasource.username=" + Postgres.user(),
        "--spring.datasource.password=" + Postgres.password(),
        "--reverse-mentoring.demo.embedded-smtp=false",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.deployment-aware=false",
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--reverse-mentoring.worklist.digest-enabled=false",
        // written into the job log, so the test can tell which node ran a job
        "--camunda.bpm.generic-properties.properties.hostname=node-" + node.toLowerCase(),
        // two engines in one JVM need two names (no hyphen); neither takes "default" from other tests
        "--camunda.bpm.process-engine-name=clusterNode" + node,
        "--reverse-mentoring.base-url=http://mentoring.test");
  }
}
