package org.reversementoring.participant;

import static org.reversementoring.identity.ProgramGroup.ADMINS;
import static org.reversementoring.identity.ProgramGroup.COORDINATORS;
import static org.reversementoring.identity.ProgramGroup.PROCESS_OWNERS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.reversementoring.common.Language;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.TaskNames;
import org.reversementoring.participant.MyProgram.Apprentice;
import org.reversementoring.participant.MyProgram.Executive;
import org.reversementoring.participant.MyProgram.OpenTask;
import org.reversementoring.participant.MyProgram.SupervisedApprentice;
import org.reversementoring.participant.MyProgram.TandemActions;
import org.reversementoring.participant.ProgramFacts.Application;
import org.reversementoring.participant.ProgramFacts.Tandem;
import org.reversementoring.recruitment.MentorApplicationRepository;
import org.reversementoring.recruitment.WithdrawLinks;
import org.reversementoring.tandem.SessionLinks;
import org.reversementoring.tandem.TandemSide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a person's program page from their records, the engine's tasks assigned to them and
 * the signed links the mails carry. It takes only a user id, which the page takes from the login:
 * nobody can ask for another person's page.
 */
@Service
public class MyPrograms {

  /** Until then the recruitment instance runs and the withdraw link works. */
  private static final Set<String> OPEN_APPLICATION = Set.of("SUBMITTED", "IN_REVIEW", "INTERVIEW", "SELECTED");
  private static final Set<String> STAFF = Set.of(COORDINATORS.id(), PROCESS_OWNERS.id(), ADMINS.id());

  private final ProgramRecords records;
  private final PersonLanguage languages;
  private final IdentityService identity;
  private final TaskService tasks;
  private final ProgramProperties properties;
  private final WithdrawLinks withdrawLinks;
  private final MentorApplicationRepository applications;
  private final SessionLinks sessionLinks;
  private final ProgramCertificates certificates;
  private final TaskNames taskNames;

  MyPrograms(ProgramRecords records, PersonLanguage languages, IdentityService identity, TaskService tasks,
      ProgramProperties properties, WithdrawLinks withdrawLinks, MentorApplicationRepository applications,
      SessionLinks sessionLinks, ProgramCertificates certificates, TaskNames taskNames) {
    this.certificates = certificates;
    this.taskNames = taskNames;
    this.records = records;
    this.languages = languages;
    this.identity = identity;
    this.tasks = tasks;
    this.properties = properties;
    this.withdrawLinks = withdrawLinks;
    this.applications = applications;
    this.sessionLinks = sessionLinks;
  }

  @Transactional(readOnly = true)
  public MyProgram of(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    boolean staff = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).anyMatch(STAFF::contains);
    Language language = languages.preferred(userId);
    List<OpenTask> open = openTasks(userId, language);
    String name = user == null ? userId : user.getFirstName();
    List<SupervisedApprentice> supervised = user == null || user.getEmail() == null ? List.of()
        : records.supervisedBy(user.getEmail()).stream()
            .map(apprentice -> new SupervisedApprentice(apprentice, open.stream()
                .filter(task -> task.processInstanceId() != null
                    && (task.processInstanceId().equals(apprentice.application().processInstanceId())
                    || apprentice.tandem().map(Tandem::processInstanceId).filter(task.processInstanceId()::equals).isPresent()))
                .toList()))
            .toList();
    return new MyProgram(userId, name, language, staff, apprentice(userId), executive(userId),
        supervised, open);
  }

  private Optional<Apprentice> apprentice(String userId) {
    return records.application(userId).map(application -> {
      var modules = records.modules(application.mentorId());
      Optional<Tandem> tandem = records.mentorTandem(application.mentorId());
      return new Apprentice(application, modules, tandem, actions(tandem, TandemSide.MENTOR),
          Journeys.apprentice(application, modules, tandem), withdrawUrl(application), certificates.available(userId));
    });
  }

  private Optional<Executive> executive(String userId) {
    return records.enrollment(userId).map(enrollment -> {
      Optional<Tandem> tandem = records.menteeTandem(userId);
      return new Executive(enrollment, tandem, actions(tandem, TandemSide.MENTEE), Journeys.executive(enrollment, tandem));
    });
  }

  private String withdrawUrl(Application application) {
    boolean open = OPEN_APPLICATION.contains(application.status())
        && Set.of("APPLICANT", "SELECTED").contains(application.mentorStatus());
    return open ? applications.findByNumber(application.number()).map(withdrawLinks::urlFor).orElse(null) : null;
  }

  private TandemActions actions(Optional<Tandem> found, TandemSide side) {
    return found.filter(Tandem::running)
        .map(tandem -> new TandemActions(
            tandem.nextSession().map(session -> sessionLinks.moveUrl(tandem.id(), session.position(), side)).orElse(null),
            sessionLinks.endRequestUrl(tandem.id(), side)))
        .orElse(new TandemActions(null, null));
  }

  /** Named in the person's language ({@link TaskNames}), also the tasks made before they were named so at creation. */
  private List<OpenTask> openTasks(String userId, Language language) {
    return tasks.createTaskQuery().taskAssignee(userId).orderByTaskCreateTime().asc().list().stream()
        .map(task -> new OpenTask(task.getId(),
            taskNames.in(language, task.getTaskDefinitionKey(), task.getName()),
            task.getCreateTime().toInstant(),
            properties.taskUrl(task.getId()), task.getProcessInstanceId()))
        .toList();
  }
}
