package org.reversementoring.faulttolerance;

import static org.assertj.core.api.Assertions.assertThat;
import org.reversementoring.support.ApplicationFixtures;
import static org.reversementoring.recruitment.RecruitmentVariables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.notification.NotificationRepository;
import org.reversementoring.recruitment.ApplicationService;
import org.reversementoring.recruitment.ApplicationStatus;
import org.reversementoring.support.AppTest;
import org.reversementoring.support.CompletionRendezvous;
import org.reversementoring.support.Jobs;
import org.reversementoring.support.Mails;
import org.reversementoring.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two coordinators complete the same "Review application" task at the same moment: one wins,
 * the other is told clearly, and the process moves on exactly once.
 */
@AppTest
class ConcurrentCompletionTest {

  @RegisterExtension
  static GreenMailExtension smtp = TestSmtp.server();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ApplicationService applications;
  @Autowired NotificationRepository notifications;
  @Autowired TestRestTemplate http;

  @AfterEach
  void closeRendezvous() {
    CompletionRendezvous.close();
  }

  @Test
  void twoCoordinatorsCompletingTheSameTaskAtOnce_oneWinsTheOtherIsRefusedAndTheProcessMovesOnce() throws Exception {
    String applicant = "zoe.race@example.com";
    ProcessInstance instance = atReview(applicant, "supervisor.race@example.com");
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    CompletionRendezvous.open(2);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService twoPeople = Executors.newFixedThreadPool(2);
    try {
      Future<Throwable> carla = twoPeople.submit(attempt(go, "carla", ProgramGroup.COORDINATORS.id(),
          () -> tasks.complete(review.getId(), Map.of(REVIEW_DECISION.name(), "reject", DECISION_REASON.name(), "Carla: topics already covered"))));
      Future<Throwable> ada = twoPeople.submit(attempt(go, "admin", ProgramGroup.ADMINS.id(),
          () -> tasks.complete(review.getId(), Map.of(REVIEW_DECISION.name(), "interview", DECISION_REASON.name(), "Ada: let us meet"))));
      go.countDown();
      Throwable carlasFailure = carla.get(30, TimeUnit.SECONDS);
      Throwable adasFailure = ada.get(30, TimeUnit.SECONDS);

      assertThat(carlasFailure == null ^ adasFailure == null)
          .as("exactly one wins; carla: %s, ada: %s", carlasFailure, adasFailure).isTrue();
      Throwable loser = carlasFailure != null ? carlasFailure : adasFailure;
      assertThat(loser).as("the loser learns that someone else changed the task")
          .isInstanceOf(OptimisticLockingException.class);
      boolean carlaWon = carlasFailure == null;

      Jobs.runDue(management);
      String winnerDecision = carlaWon ? "reject" : "interview";
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName(REVIEW_DECISION.name()).singleResult().getValue())
          .as("the winner's decision, not a mix").isEqualTo(winnerDecision);
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .activityId("Task_ReviewApplication").finished().count()).as("review completed once").isOne();
      long rejections = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .activityId("Task_RecordRejection").count();
      long invitations = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .activityId("Task_InviteToInterview").count();
      assertThat(List.of(rejections, invitations)).as("[rejections, interview invitations]")
          .isEqualTo(carlaWon ? List.of(1L, 0L) : List.of(0L, 1L));
      assertThat(applications.findByNumber(instance.getBusinessKey()).orElseThrow().getStatus())
          .isEqualTo(carlaWon ? ApplicationStatus.REJECTED : ApplicationStatus.INTERVIEW);
      assertThat(Mails.to(smtp.getReceivedMessages(), applicant)).extracting(Mails::subject)
          .as("the receipt and exactly one decision mail")
          .containsExactly("We received your application " + instance.getBusinessKey(), carlaWon
              ? "Your application " + instance.getBusinessKey()
              : "Your application " + instance.getBusinessKey() + ": we would like to meet you");
      assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(instance.getId()))
          .extracting(n -> n.getTemplate() + ":" + n.getStatus())
          .containsOnlyOnce(carlaWon ? "application-rejected:SENT" : "interview-invitation:SENT")
          .doesNotContain(carlaWon ? "interview-invitation:SENT" : "application-rejected:SENT");
    } finally {
      twoPeople.shutdownNow();
    }
  }

  @Test
  void overRestTheLoserGets409AtTheSameMomentAnd404AfterwardsNever500() throws Exception {
    String applicant = "zoe.rest-race@example.com";
    ProcessInstance instance = atReview(applicant, "supervisor.rest-race@example.com");
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    String reject = "{\"variables\":{\"reviewDecision\":{\"value\":\"reject\"},"
        + "\"decisionReason\":{\"value\":\"Topics already covered\"}}}";

    CompletionRendezvous.open(2);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService twoTabs = Executors.newFixedThreadPool(2);
    List<ResponseEntity<String>> answers = new ArrayList<>();
    try {
      List<Future<ResponseEntity<String>>> calls = new ArrayList<>();
      for (int tab = 0; tab < 2; tab++) {
        calls.add(twoTabs.submit(() -> {
          go.await();
          return completeOverRest(review.getId(), reject);
        }));
      }
      go.countDown();
      for (Future<ResponseEntity<String>> call : calls) {
        answers.add(call.get(30, TimeUnit.SECONDS));
      }
    } finally {
      twoTabs.shutdownNow();
    }
    CompletionRendezvous.close();

    assertThat(answers).extracting(a -> a.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
    ResponseEntity<String> conflict = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst().orElseThrow();
    assertThat(conflict.getBody())
        .contains("\"type\":\"OptimisticLockingException\"")
        .contains("Someone else completed or changed this task at the same time; reload and try again");

    ResponseEntity<String> late = completeOverRest(review.getId(), reject);
    assertThat(late.getStatusCode().value()).as("a later click on the gone task: " + late.getBody()).isEqualTo(404);
    assertThat(late.getBody()).contains("This task does not exist (any more)");

    Jobs.runDue(management);
    assertThat(Mails.to(smtp.getReceivedMessages(), applicant)).extracting(Mails::subject)
        .containsExactly("We received your application " + instance.getBusinessKey(),
            "Your application " + instance.getBusinessKey());
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_RecordRejection").count()).isOne();
  }

  @Test
  void claimingATaskSomeoneElseJustClaimedAnswers409() {
    ProcessInstance instance = atReview("zoe.claim-race@example.com", "supervisor.claim-race@example.com");
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    assertThat(claimOverRest(review.getId(), "carla", "carla-demo").getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> late = claimOverRest(review.getId(), "admin", "admin-demo");

    assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(409);
    assertThat(late.getBody()).contains("Someone else claimed this task a moment ago");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("carla");
  }

  private ResponseEntity<String> claimOverRest(String taskId, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password).postForEntity("/engine-rest/task/" + taskId + "/claim",
        new HttpEntity<>("{\"userId\":\"" + user + "\"}", headers), String.class);
  }

  private ResponseEntity<String> completeOverRest(String taskId, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("carla", "carla-demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", new HttpEntity<>(json, headers), String.class);
  }

  private ProcessInstance atReview(String applicant, String supervisor) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, ApplicationFixtures.application(applicant, supervisor));
    Jobs.runDue(management);
    Task consent = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(consent.getId(), Map.of(SUPERVISOR_DECISION.name(), "consent"));
    Jobs.runDue(management);
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(review.getName()).isEqualTo("Review application");
    return instance;
  }

  /** One person's click: waits for the start signal, returns what went wrong or null. */
  private Callable<Throwable> attempt(CountDownLatch go, String userId, String groupId, Runnable action) {
    return () -> {
      go.await();
      identity.setAuthentication(userId, List.of(groupId));
      try {
        action.run();
        return null;
      } catch (RuntimeException e) {
        return e;
      } finally {
        identity.clearAuthentication();
      }
    };
  }
}
