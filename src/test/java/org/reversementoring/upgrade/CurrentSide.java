package org.reversementoring.upgrade;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.reversementoring.ReverseMentoringApplication;
import org.reversementoring.support.Mails;
import org.reversementoring.support.ProgramAnswers;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The current code on the database the old release left, without any upgrade step: does it
 * start (Flyway on the old schema, the engine's schema, the new deployment), which instances stay
 * on old definitions, which steps still ahead of them name beans or injected fields the current
 * code lacks, whether links the old release mailed still work, and what happens when every
 * instance is driven on (each failure recorded, not thrown). Phase 1 reports these findings;
 * phase 2 turns them into the upgrade step and hard assertions.
 */
final class CurrentSide {

  record Findings(boolean started, String text) {
  }

  /** Names an expression may use that are not beans. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "dateTime", "now", "authenticatedUserId",
      "currentUser", "currentUserGroups", "variables", "true", "false", "null", "empty", "not", "and", "or");
  private static final Pattern ROOT = Pattern.compile("[$#]\\{\\s*!?\\s*([A-Za-z_]\\w*)");
  private static final Pattern RECEIVER = Pattern.compile("([A-Za-z_]\\w*)\\.\\w+\\(");

  /** What the probe answers where {@link ProgramAnswers} has no answer: the smooth path onwards. */
  private static final Map<String, Map<String, Object>> MORE_ANSWERS = Map.of(
      "Task_ChaseSupervisorConsent", Map.of("chaseNote", "Called the supervisor"),
      "Task_FollowUpWithTandem", Map.of("followUpDecision", "resume"),
      "Task_ClarifyEarlyEnding", Map.of("earlyEndingDecision", "continue"),
      "Task_FollowUpMissingFeedback", Map.of("followUpDecision", "goOn"));

  private CurrentSide() {
  }

  static Findings startWithoutUpgradeStep(UpgradeDatabase database, Baseline baseline, GreenMail smtp, Path directory) {
    StringBuilder text = new StringBuilder();
    int oldMails = smtp.getReceivedMessages().length;
    String jar = System.getProperty("upgrade.current.jar");
    boolean jarStarted = currentJar(jar == null ? null : Path.of(jar), database, smtp, directory, text);
    text.append("\n# The current code in this JVM (test classpath), same database\n");
    ConfigurableApplicationContext app;
    try {
      app = start(database, smtp);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      text.append("DOES NOT START: ").append(e).append("\n  root cause: ").append(root).append('\n');
      return new Findings(false, text.toString());
    }
    try (app) {
      text.append("Starts on ").append(database).append(".\n");
      schema(app, text);
      definitions(app, baseline, text);
      stepsAhead(app, baseline, text);
      oldLinks(app, smtp, text);
      drive(app, baseline, smtp, oldMails, text);
    } finally {
      ClockUtil.reset();
    }
    return new Findings(jarStarted, text.toString());
  }

  /**
   * The current version's jar (packaged by {@code ./mvnw -Pupgrade verify} before the test) on the
   * database, as an operator deploys it: does it start, what does its deployment hold. Stopped
   * again before anything runs (job executor off).
   */
  private static boolean currentJar(Path jar, UpgradeDatabase database, GreenMail smtp, Path directory,
      StringBuilder text) {
    text.append("# The current jar, started as an operator starts it\n");
    if (jar == null || !Files.isRegularFile(jar)) {
      text.append("(no current jar at ").append(jar).append(": ./mvnw -Pupgrade verify packages it first)\n");
      return true;
    }
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.addAll(List.of("--reverse-mentoring.demo.embedded-smtp=false",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--camunda.bpm.job-execution.enabled=false",
        "--reverse-mentoring.base-url=" + UpgradeFromLastReleaseIT.BASE_URL));
    try (AppProcess app = AppProcess.start(jar, directory.resolve("current-app"), arguments, Map.of())) {
      text.append(jar.getFileName()).append(" starts on ").append(database).append(" in ").append(app.startup())
          .append(" (Flyway and the engine's schema update on the old schema).\n");
      EngineRest rest = new EngineRest(app.baseUrl(), "admin", "admin-demo");
      for (Map<String, Object> deployment : rest.deployments()) {
        List<String> resources = rest.deploymentResourceNames((String) deployment.get("id")).stream().sorted().toList();
        text.append("Deployment ").append(deployment.get("name")).append(" at ").append(deployment.get("deploymentTime"))
            .append(": ").append(resources.size()).append(" resources ").append(resources).append('\n');
      }
      text.append("Definitions: ").append(rest.processDefinitions().stream()
          .map(d -> d.get("key") + " v" + d.get("version")).toList()).append('\n');
      return true;
    } catch (IllegalStateException e) {
      text.append("DOES NOT START: ").append(e.getMessage()).append('\n');
      return false;
    }
  }

  private static ConfigurableApplicationContext start(UpgradeDatabase database, GreenMail smtp) {
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.addAll(List.of("--server.port=0",
        "--reverse-mentoring.demo.embedded-smtp=false",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--camunda.bpm.job-execution.enabled=false",
        "--reverse-mentoring.base-url=" + UpgradeFromLastReleaseIT.BASE_URL));
    return new SpringApplicationBuilder(ReverseMentoringApplication.class).run(arguments.toArray(String[]::new));
  }

  /** The app's Flyway history and the engine's schema log. */
  private static void schema(ConfigurableApplicationContext app, StringBuilder text) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    text.append("\n## Schema\nFlyway (app_schema_history): ");
    text.append(jdbc.queryForList("select \"version\", \"description\", \"success\" from \"app_schema_history\" order by \"installed_rank\"")
        .stream().map(r -> "V" + r.get("version") + " " + r.get("description") + (Boolean.TRUE.equals(r.get("success"))
            || Integer.valueOf(1).equals(r.get("success")) ? "" : " FAILED")).collect(Collectors.joining(", ")));
    text.append("\nEngine schema log (ACT_GE_SCHEMA_LOG): ");
    text.append(jdbc.queryForList("select version_ from act_ge_schema_log order by timestamp_").stream()
        .map(r -> String.valueOf(r.get("version_"))).collect(Collectors.joining(", "))).append('\n');
  }

  /** Which definitions got a new version at this start, what the new deployment holds, where the old instances are. */
  private static void definitions(ConfigurableApplicationContext app, Baseline baseline, StringBuilder text) {
    RepositoryService repository = app.getBean(RepositoryService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    text.append("\n## Definitions and deployments\n");
    for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
      List<String> resources = repository.getDeploymentResourceNames(deployment.getId()).stream().sorted().toList();
      text.append("Deployment ").append(deployment.getName()).append(" at ").append(deployment.getDeploymentTime())
          .append(": ").append(resources.size()).append(" resources ").append(resources).append('\n');
    }
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
        .orderByProcessDefinitionVersion().asc().list()) {
      long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
      text.append("  ").append(definition.getKey()).append(" v").append(definition.getVersion())
          .append(running > 0 ? ": " + running + " running" : "").append('\n');
    }
    Set<String> oldDefinitions = new TreeSet<>();
    baseline.waitStates().forEach(s -> s.instances().forEach(i -> oldDefinitions.add(i.processDefinitionId())));
    long stillThere = oldDefinitions.stream().filter(id -> repository.createProcessDefinitionQuery()
        .processDefinitionId(id).count() == 1).count();
    text.append("The old instances' ").append(oldDefinitions.size()).append(" definitions: ").append(stillThere)
        .append(" still deployed; every old instance stays on its old definition until migrated.\n");
  }

  /**
   * For each waiting instance: the delegate beans, method-call receivers and injected fields that
   * the steps still ahead of it on its (old) definition name, and which of them the current code
   * lacks. A missing one is an incident when the instance gets there.
   */
  private static void stepsAhead(ConfigurableApplicationContext app, Baseline baseline, StringBuilder text) {
    RepositoryService repository = app.getBean(RepositoryService.class);
    Map<String, BpmnModelInstance> models = new HashMap<>();
    text.append("\n## Steps ahead on the old definitions: beans and injected fields\n");
    Map<String, Set<String>> fieldsByBean = new TreeMap<>();
    Set<String> allBeans = new TreeSet<>();
    int problems = 0;
    for (Baseline.WaitState state : baseline.waitStates()) {
      List<String> missing = new ArrayList<>();
      for (Baseline.Instance instance : state.instances()) {
        BpmnModelInstance model = models.computeIfAbsent(instance.processDefinitionId(), repository::getBpmnModelInstance);
        Set<String> start = new LinkedHashSet<>();
        instance.activities().forEach(a -> start.add(a.replace(" (async)", "")));
        instance.jobs().forEach(j -> start.add(j.activityId()));
        for (FlowNode node : reachable(model, start)) {
          for (DomElement element : withExtensions(node.getDomElement())) {
            Map<String, String> fields = injectedFields(element);
            for (String expression : expressions(element)) {
              boolean delegate = expression.equals(element.getAttribute("http://camunda.org/schema/1.0/bpmn",
                  "delegateExpression"));
              for (String name : beanNames(expression, delegate)) {
                if (instance.variables().containsKey(name)) {
                  continue;
                }
                allBeans.add(name);
                if (!app.containsBean(name)) {
                  missing.add(node.getId() + " needs bean '" + name + "'");
                } else if (delegate) {
                  fieldsByBean.computeIfAbsent(name, n -> new TreeSet<>()).addAll(fields.keySet());
                  for (String field : fields.keySet()) {
                    if (!hasField(app.getBean(name), field)) {
                      missing.add(node.getId() + " injects field '" + field + "' into bean '" + name + "', which lacks it");
                    }
                  }
                }
              }
            }
          }
        }
      }
      List<String> distinct = missing.stream().distinct().toList();
      problems += distinct.size();
      text.append("- ").append(state.waiting().waitState()).append(": ")
          .append(distinct.isEmpty() ? "every bean and field there" : "MISSING " + distinct).append('\n');
    }
    text.append("Beans the old steps ahead name (").append(allBeans.size()).append("): ").append(allBeans).append('\n');
    text.append("Fields injected into delegate beans (camunda:field): ").append(fieldsByBean.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty()).map(e -> e.getKey() + e.getValue()).toList()).append('\n');
    text.append(problems == 0 ? "No step ahead names anything the current code lacks.\n"
        : problems + " step(s) ahead name something the current code lacks.\n");
  }

  /** A link the old release mailed (the withdraw link in an applicant's receipt), opened on the current app. */
  private static void oldLinks(ConfigurableApplicationContext app, GreenMail smtp, StringBuilder text) {
    text.append("\n## Links the old release mailed\n");
    String port = app.getEnvironment().getProperty("local.server.port");
    for (MimeMessage message : Mails.to(smtp.getReceivedMessages(), "applicant.consent@example.com")) {
      for (String link : Mails.personalLinks(message)) {
        if (!link.startsWith("/withdraw")) {
          continue;
        }
        try {
          HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + link)).build(), HttpResponse.BodyHandlers.ofString());
          text.append("Withdraw link of '").append(Mails.subject(message)).append("': GET answers ")
              .append(response.statusCode()).append(response.statusCode() == 200 ? " (still valid)"
                  : " (void: the demo's link secret is now one per database, v0.1.0 signed with a fixed one)")
              .append('\n');
        } catch (Exception e) {
          text.append("Withdraw link: ").append(e).append('\n');
        }
        return;
      }
    }
    text.append("(no withdraw link found)\n");
  }

  /**
   * Drives every instance on, as the job executor and the participants would: due jobs run,
   * tasks are answered the smooth way, the engine clock moves to the next timer when nothing else
   * is left. A failing job gets no retries (an incident, as after its retry cycle), a failing task
   * stays open; both are recorded with their wait state.
   */
  private static void drive(ConfigurableApplicationContext app, Baseline baseline, GreenMail smtp, int oldMails,
      StringBuilder text) {
    ManagementService management = app.getBean(ManagementService.class);
    TaskService tasks = app.getBean(TaskService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    HistoryService history = app.getBean(HistoryService.class);
    ProgramAnswers programAnswers = new ProgramAnswers();
    Function<Task, Map<String, Object>> answers = task -> MORE_ANSWERS.containsKey(task.getTaskDefinitionKey())
        ? MORE_ANSWERS.get(task.getTaskDefinitionKey()) : programAnswers.apply(task);
    Map<String, List<String>> failures = new LinkedHashMap<>();
    Set<String> failedTasks = new HashSet<>();
    int jobsRun = 0;
    int tasksDone = 0;
    for (int round = 0; round < 2_000; round++) {
      int done = 0;
      for (Job job : management.createJobQuery().executable().list()) {
        if (job.getProcessInstanceId() == null) {
          continue;
        }
        try {
          management.executeJob(job.getId());
          jobsRun++;
        } catch (RuntimeException e) {
          failures.computeIfAbsent(businessKey(history, job.getProcessInstanceId()), k -> new ArrayList<>())
              .add("job " + activityOf(management, job) + ": " + e.getMessage());
          management.setJobRetries(job.getId(), 0);
        }
        done++;
      }
      for (Task task : tasks.createTaskQuery().list()) {
        if (failedTasks.contains(task.getId()) || tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
          continue; // refused before, or ended meanwhile (an answer ends the chase, the follow-up)
        }
        try {
          tasks.complete(task.getId(), answers.apply(task));
          tasksDone++;
        } catch (RuntimeException e) {
          failedTasks.add(task.getId());
          failures.computeIfAbsent(businessKey(history, task.getProcessInstanceId()), k -> new ArrayList<>())
              .add("task " + task.getTaskDefinitionKey() + ": " + e.getMessage());
        }
        done++;
      }
      if (done > 0) {
        continue;
      }
      List<Job> timers = management.createJobQuery().timers().withRetriesLeft().orderByJobDuedate().asc().listPage(0, 1);
      if (timers.isEmpty() || runtime.createProcessInstanceQuery().count() == 0) {
        break;
      }
      Date due = timers.get(0).getDuedate();
      ClockUtil.setCurrentTime(new Date(Math.max(due.getTime(), ClockUtil.getCurrentTime().getTime()) + 1000));
    }
    text.append("\n## Driving every instance on, without an upgrade step\n");
    text.append(jobsRun).append(" jobs run, ").append(tasksDone).append(" tasks completed; engine clock now ")
        .append(ClockUtil.getCurrentTime()).append('\n');
    for (Baseline.WaitState state : baseline.waitStates()) {
      String key = state.waiting().businessKey();
      long stillRunning = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count();
      List<String> where = new ArrayList<>();
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().forEach(p -> {
        where.addAll(runtime.getActiveActivityIds(p.getId()));
      });
      text.append("- ").append(state.waiting().waitState()).append(" [").append(key).append("]: ")
          .append(stillRunning == 0 ? "ended" : "STILL RUNNING at " + where)
          .append(failures.containsKey(key) ? "; FAILED " + failures.get(key) : "").append('\n');
    }
    failures.keySet().stream().filter(k -> baseline.waitStates().stream().noneMatch(s -> s.waiting().businessKey().equals(k)))
        .forEach(k -> text.append("- (instance started on the current code) [").append(k).append("]: FAILED ")
            .append(failures.get(k)).append('\n'));
    List<Incident> incidents = runtime.createIncidentQuery().list();
    text.append("Open incidents: ").append(incidents.size()).append(incidents.stream()
        .map(i -> " " + i.getActivityId() + ": " + i.getIncidentMessage()).collect(Collectors.joining(";"))).append('\n');
    MimeMessage[] all = smtp.getReceivedMessages();
    Map<String, Set<String>> deliveries = new TreeMap<>();
    for (MimeMessage message : all) {
      String id = messageId(message);
      Mails.addresses(message).forEach(to -> deliveries.computeIfAbsent(to + " | " + Mails.subject(message),
          k -> new HashSet<>()).add(id));
    }
    List<String> twice = deliveries.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> e.getValue().size() + "x " + e.getKey()).toList();
    text.append("Mail copies (one per recipient): ").append(oldMails).append(" from the old release, ")
        .append(all.length - oldMails).append(" from the current code; the same recipient and subject in more"
            + " than one mail: ")
        .append(twice.isEmpty() ? "none" : twice.size() + "\n    " + String.join("\n    ", twice)).append('\n');
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String businessKey(HistoryService history, String processInstanceId) {
    var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null ? processInstanceId : instance.getBusinessKey();
  }

  private static String activityOf(ManagementService management, Job job) {
    var definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
    return definition == null ? job.getId() : definition.getActivityId();
  }

  // ------------------------------------------------------------ the old model, read as a graph

  /** Flow nodes reachable from these activities: onward flows, boundary events, sub-process starts and ends, event sub-processes of their scopes. */
  private static Set<FlowNode> reachable(BpmnModelInstance model, Set<String> activityIds) {
    Set<FlowNode> seen = new LinkedHashSet<>();
    List<FlowNode> todo = new ArrayList<>();
    for (String id : activityIds) {
      ModelElementInstance element = model.getModelElementById(id);
      if (element instanceof FlowNode node) {
        todo.add(node);
      }
    }
    Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
    while (!todo.isEmpty()) {
      FlowNode node = todo.remove(todo.size() - 1);
      if (!seen.add(node)) {
        continue;
      }
      node.getOutgoing().forEach(flow -> todo.add(flow.getTarget()));
      if (node instanceof Activity) {
        boundaries.stream().filter(b -> b.getAttachedTo() == node).forEach(todo::add);
      }
      if (node instanceof SubProcess sub) {
        sub.getChildElementsByType(StartEvent.class).forEach(todo::add);
      }
      if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess parent) {
        todo.add(parent);
      }
      ModelElementInstance scope = node.getParentElement();
      while (scope != null) {
        for (SubProcess sub : scope.getChildElementsByType(SubProcess.class)) {
          if (sub.triggeredByEvent()) {
            sub.getChildElementsByType(StartEvent.class).forEach(todo::add);
          }
        }
        scope = scope.getParentElement();
      }
    }
    return seen;
  }

  /** The element and its extension elements (listeners, fields, input/output, loop characteristics, timers). */
  private static List<DomElement> withExtensions(DomElement element) {
    List<DomElement> all = new ArrayList<>();
    collectDom(element, all, true);
    return all;
  }

  private static void collectDom(DomElement element, List<DomElement> all, boolean top) {
    all.add(element);
    for (DomElement child : element.getChildElements()) {
      String name = child.getLocalName();
      // not into nested flow nodes: they are reached (or not) on their own
      if (!top || !(name.endsWith("Task") || name.endsWith("Event") || name.endsWith("Gateway") || name.equals("subProcess")
          || name.equals("callActivity") || name.equals("sequenceFlow"))) {
        collectDom(child, all, false);
      }
    }
  }

  private static List<String> expressions(DomElement element) {
    List<String> expressions = new ArrayList<>();
    for (String attribute : List.of("delegateExpression", "expression", "collection", "assignee", "candidateGroups",
        "dueDate", "resultVariable")) {
      String value = element.getAttribute("http://camunda.org/schema/1.0/bpmn", attribute);
      if (value != null && value.contains("{")) {
        expressions.add(value);
      }
    }
    if (element.getChildElements().isEmpty() && element.getTextContent() != null
        && element.getTextContent().contains("{")) {
      expressions.add(element.getTextContent().strip());
    }
    return expressions;
  }

  private static Map<String, String> injectedFields(DomElement element) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (DomElement child : element.getChildElements()) {
      if ("extensionElements".equals(child.getLocalName())) {
        for (DomElement extension : child.getChildElements()) {
          if ("field".equals(extension.getLocalName())) {
            fields.put(extension.getAttribute("name"), extension.getTextContent().strip());
          }
        }
      } else if ("field".equals(child.getLocalName())) {
        fields.put(child.getAttribute("name"), child.getTextContent().strip());
      }
    }
    return fields;
  }

  private static Set<String> beanNames(String expression, boolean delegate) {
    Set<String> names = new LinkedHashSet<>();
    if (delegate) {
      Matcher root = ROOT.matcher(expression);
      if (root.find()) {
        names.add(root.group(1));
      }
    }
    Matcher receiver = RECEIVER.matcher(expression);
    while (receiver.find()) {
      names.add(receiver.group(1));
    }
    names.removeAll(ENGINE_NAMES);
    return names;
  }

  private static boolean hasField(Object bean, String field) {
    Class<?> type = AopUtils.getTargetClass(bean);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field declared : c.getDeclaredFields()) {
        if (declared.getName().equals(field)) {
          return true;
        }
      }
      try {
        c.getMethod("set" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
            org.camunda.bpm.engine.delegate.Expression.class);
        return true;
      } catch (NoSuchMethodException notThere) {
        // next class up
      }
    }
    return false;
  }
}
