package org.reversementoring.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reversementoring.common.Language;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.identity.ProgramGroup;
import org.reversementoring.support.CatalogueFixtures;
import org.reversementoring.support.DomainTestBeans;
import org.reversementoring.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's content on the real schema (Flyway, validated by Hibernate): the catalogue a new
 * installation starts with, every change checked and recorded with who, when, before and after,
 * and a refused change leaving everything as it was.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({TopicCatalogue.class, TopicEditing.class, AcademyModuleList.class, ModuleEditing.class,
    ProgramNotices.class, NewsEditing.class, FaqEditing.class, ContentHistory.class, DomainTestBeans.class})
class ProgramContentTest {

  static final TopicInput QUANTUM = new TopicInput("quantum-computing", "Quantum computing", "Quantencomputer",
      "What qubits can and cannot do.", "Was Qubits können und was nicht.");

  @Autowired TopicCatalogue catalogue;
  @Autowired TopicEditing topics;
  @Autowired AcademyModuleList moduleList;
  @Autowired ModuleEditing modules;
  @Autowired ProgramNotices notices;
  @Autowired NewsEditing newsEditing;
  @Autowired FaqEditing faqEditing;
  @Autowired ContentHistory history;
  @Autowired MovableClock clock;
  @Autowired DataSource dataSource;

  @BeforeEach
  void startFromTheSeed() {
    clock.set(DomainTestBeans.START);
  }

  @AfterEach
  void backToTheSeed() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("delete from content_change");
    jdbc.update("delete from program_news");
    jdbc.update("delete from program_faq");
    jdbc.update("delete from topic where sort_order > 7");
    jdbc.update("update topic set retired = false");
    jdbc.update("update topic set name_en = 'AI tools', name_de = 'KI-Werkzeuge' where code = 'ai-tools'");
    jdbc.update("delete from academy_module where sort_order > 3");
    jdbc.update("update academy_module set retired = false, duration_minutes = 180");
  }

  @Test
  void aNewInstallationOffersTheContractsTopicsAndTheThreeModulesInBothLanguages() {
    assertThat(catalogue.offered()).extracting(CatalogueTopic::getCode).containsExactlyElementsOf(CatalogueFixtures.TOPICS);
    for (String code : CatalogueFixtures.TOPICS) {
      assertThat(catalogue.name(code, Language.EN)).isEqualTo(CatalogueFixtures.NAMES.name(code, Language.EN));
      assertThat(catalogue.name(code, Language.DE)).isEqualTo(CatalogueFixtures.NAMES.name(code, Language.DE));
    }
    assertThat(catalogue.offered()).allSatisfy(topic -> {
      assertThat(topic.description(Language.EN)).isNotBlank();
      assertThat(topic.description(Language.DE)).isNotBlank().isNotEqualTo(topic.description(Language.EN));
    });
    assertThat(moduleList.offered()).extracting(CatalogueModule::getKey, CatalogueModule::duration)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mentoring-basics", Duration.ofHours(3)),
            org.assertj.core.groups.Tuple.tuple("teaching-adults", Duration.ofHours(3)),
            org.assertj.core.groups.Tuple.tuple("communication-feedback", Duration.ofHours(3)));
    assertThat(moduleList.name("teaching-adults", Language.DE)).isEqualTo("Erwachsene und Führungskräfte unterrichten");
    assertThat(catalogue.name("time-travel", Language.EN)).as("an unknown code stays").isEqualTo("time-travel");
  }

  @Test
  void anAddedTopicIsOfferedAtOnceAndTheAdditionIsRecorded() {
    topics.add("paula", QUANTUM);

    assertThat(catalogue.offeredCodes().codes()).endsWith("quantum-computing");
    assertThat(catalogue.offeredCodes().refusal(List.of("ai-tools", "quantum-computing"))).isEmpty();
    assertThat(catalogue.name("quantum-computing", Language.DE)).isEqualTo("Quantencomputer");
    ContentChange change = history.latest().get(0);
    assertThat(change.getChangedBy()).isEqualTo("paula");
    assertThat(change.getChangedAt()).isEqualTo(DomainTestBeans.START);
    assertThat(change.getKind()).isEqualTo(ContentKind.TOPIC);
    assertThat(change.getItem()).isEqualTo("quantum-computing");
    assertThat(change.getAction()).isEqualTo(ContentAction.ADDED);
    assertThat(change.getBefore()).isNull();
    assertThat(change.getAfter()).contains("\"nameDe\":\"Quantencomputer\"", "\"retired\":false");
  }

  @Test
  void aChangeKeepsTheCodeAndRecordsBeforeAndAfter() {
    clock.advance(Duration.ofMinutes(5));
    topics.change("carla", "ai-tools", new TopicInput("ignored", "  AI assistants ", "KI-Assistenten",
        "Chat assistants <b>at work</b>.", "Chat-Assistenten bei der Arbeit."));

    CatalogueTopic changed = catalogue.find("ai-tools").orElseThrow();
    assertThat(changed.getNameEn()).as("stripped, kept as typed; pages escape it").isEqualTo("AI assistants");
    assertThat(changed.getDescriptionEn()).isEqualTo("Chat assistants <b>at work</b>.");
    assertThat(catalogue.find("ignored")).as("a code never changes").isEmpty();
    ContentChange change = history.latest().get(0);
    assertThat(change.getAction()).isEqualTo(ContentAction.CHANGED);
    assertThat(change.getChangedBy()).isEqualTo("carla");
    assertThat(change.getChangedAt()).isEqualTo(DomainTestBeans.START.plus(Duration.ofMinutes(5)));
    assertThat(change.getBefore()).contains("\"nameEn\":\"AI tools\"");
    assertThat(change.getAfter()).contains("\"nameEn\":\"AI assistants\"");
  }

  @Test
  void aRetiredTopicIsNoLongerChosenButKeepsItsNameAndComesBack() {
    topics.retire("paula", "connected-car");

    assertThat(catalogue.offered()).extracting(CatalogueTopic::getCode).doesNotContain("connected-car");
    assertThat(catalogue.offeredCodes().refusal(List.of("connected-car")))
        .hasValueSatisfying(refusal -> assertThat(refusal).startsWith("topic 'connected-car' is retired; known topics:"));
    assertThat(catalogue.name("connected-car", Language.EN)).as("old records and the report").isEqualTo("Connected car apps");
    assertThat(history.latest().get(0).getAction()).isEqualTo(ContentAction.RETIRED);
    assertThatThrownBy(() -> topics.retire("paula", "connected-car"))
        .hasMessage("code: 'connected-car' is retired already");

    topics.reinstate("paula", "connected-car");

    assertThat(catalogue.offeredCodes().codes()).contains("connected-car");
    assertThat(history.latest().get(0).getAction()).isEqualTo(ContentAction.REINSTATED);
  }

  @Test
  void theLastOfferedTopicAndModuleStay() {
    CatalogueFixtures.TOPICS.stream().skip(1).forEach(code -> topics.retire("paula", code));

    assertThatThrownBy(() -> topics.retire("paula", "mobile-devices"))
        .hasMessage("code: 'mobile-devices' is the last one offered; add another first");
    modules.retire("carla", "mentoring-basics");
    modules.retire("carla", "teaching-adults");
    assertThatThrownBy(() -> modules.retire("carla", "communication-feedback"))
        .hasMessage("key: 'communication-feedback' is the last one offered; add another first");
  }

  static Stream<Arguments> refusedTopics() {
    return Stream.of(
        Arguments.of(new TopicInput(null, "A", "A", "d", "d"), "code: must not be empty"),
        Arguments.of(new TopicInput("Quantum Computing", "Q", "Q", "d", "d"),
            "code: must be lower-case letters, digits and dashes, like ai-tools"),
        Arguments.of(new TopicInput("q".repeat(41), "Q", "Q", "d", "d"), "code: must be at most 40 characters"),
        Arguments.of(new TopicInput("ai-tools", "Q", "Q", "d", "d"), "code: 'ai-tools' is already in the catalogue"),
        Arguments.of(new TopicInput("quantum", "ai TOOLS", "Q", "d", "d"),
            "nameEn: 'ai TOOLS' is already the name of ai-tools"),
        Arguments.of(new TopicInput("quantum", "Q", "KI-Werkzeuge", "d", "d"),
            "nameDe: 'KI-Werkzeuge' is already the name of ai-tools"),
        Arguments.of(new TopicInput("quantum", "Q".repeat(81), " ", "d", "d"),
            "nameDe: must not be empty; nameEn: must be at most 80 characters"),
        Arguments.of(new TopicInput("quantum", "Q", "Q", "d".repeat(301), "bell\u0007"),
            "descriptionDe: must not contain control characters; descriptionEn: must be at most 300 characters"));
  }

  @ParameterizedTest
  @MethodSource("refusedTopics")
  void aRefusedTopicNamesTheFieldAndChangesNothing(TopicInput input, String message) {
    List<String> before = catalogue.all().stream().map(CatalogueTopic::getCode).toList();

    assertThatThrownBy(() -> topics.add("paula", input)).isInstanceOf(RejectedInputException.class).hasMessage(message);

    assertThat(catalogue.all()).extracting(CatalogueTopic::getCode).containsExactlyElementsOf(before);
    assertThat(history.latest()).isEmpty();
  }

  @Test
  void aChangeToAnUnknownCodeOrARefusedChangeChangesNothing() {
    assertThatThrownBy(() -> topics.change("paula", "time-travel", QUANTUM))
        .hasMessage("code: no topic 'time-travel' in the catalogue");
    assertThatThrownBy(() -> topics.retire("paula", "time-travel"))
        .hasMessage("code: no topic 'time-travel' in the catalogue");
    assertThatThrownBy(() -> topics.change("paula", "ai-tools",
        new TopicInput(null, "Social media", "KI", "d", "d")))
        .hasMessage("nameEn: 'Social media' is already the name of social-media");

    assertThat(catalogue.find("ai-tools").orElseThrow().getNameDe()).isEqualTo("KI-Werkzeuge");
    assertThat(history.latest()).isEmpty();
  }

  @Test
  void theModuleListChangesForCohortsPlannedLater() {
    modules.add("carla", new ModuleInput("ai-ethics", "AI ethics", "KI-Ethik", "90"));
    modules.change("paula", "teaching-adults", new ModuleInput(null, "Teaching adults and executives",
        "Erwachsene und Führungskräfte unterrichten", "120"));
    modules.retire("paula", "communication-feedback");

    assertThat(moduleList.offered()).extracting(CatalogueModule::getKey, CatalogueModule::getDurationMinutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mentoring-basics", 180),
            org.assertj.core.groups.Tuple.tuple("teaching-adults", 120),
            org.assertj.core.groups.Tuple.tuple("ai-ethics", 90));
    assertThat(moduleList.name("communication-feedback", Language.EN)).isEqualTo("Communication and feedback");
    assertThat(history.latest()).extracting(ContentChange::getKind, ContentChange::getAction).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ContentKind.MODULE, ContentAction.RETIRED),
        org.assertj.core.groups.Tuple.tuple(ContentKind.MODULE, ContentAction.CHANGED),
        org.assertj.core.groups.Tuple.tuple(ContentKind.MODULE, ContentAction.ADDED));
    assertThatThrownBy(() -> modules.add("carla", new ModuleInput("ai-ethics", "AI ethics", "KI-Ethik", "abc")))
        .hasMessage("key: 'ai-ethics' is already a module; minutes: must be a whole number from 30 to 480; "
            + "nameDe: 'KI-Ethik' is already the name of ai-ethics; nameEn: 'AI ethics' is already the name of ai-ethics");
    assertThatThrownBy(() -> modules.change("carla", "basics", new ModuleInput(null, "B", "B", "60")))
        .hasMessage("key: no module 'basics' in the Academy's list");
    assertThatThrownBy(() -> modules.add("carla", new ModuleInput("long", "L", "L", "481")))
        .hasMessage("minutes: must be a whole number from 30 to 480");
  }

  @Test
  void newsAndQuestionsInBothLanguagesNewestNewsFirst() {
    NewsItem first = newsEditing.add("paula", NoticeInput.news("Spring cohort starts", "Frühjahrskohorte startet"));
    clock.advance(Duration.ofDays(1));
    NewsItem second = newsEditing.add("paula", NoticeInput.news("Summer break", "Sommerpause"));
    FaqEntry faq = faqEditing.add("carla", NoticeInput.faq("How often do we meet?", "Wie oft treffen wir uns?",
        "As you agree, every one to four weeks.", "Wie vereinbart, alle ein bis vier Wochen."));

    ProgramNotices.ProgramPage page = notices.page(List.of(ProgramGroup.MENTORS.id()));
    assertThat(page.news()).extracting(news -> news.text(Language.DE)).containsExactly("Sommerpause", "Frühjahrskohorte startet");
    assertThat(page.faq()).extracting(entry -> entry.question(Language.EN)).containsExactly("How often do we meet?");
    assertThat(page.contentLink()).as("a mentor does not keep the content").isFalse();
    assertThat(page.followUpLink()).isFalse();
    assertThat(notices.page(Set.of(ProgramGroup.PROCESS_OWNERS.id()))).extracting(ProgramNotices.ProgramPage::contentLink,
        ProgramNotices.ProgramPage::followUpLink).containsExactly(true, false);
    assertThat(notices.page(Set.of(ProgramGroup.PROGRAM_ORGANIZERS.id()))).extracting(ProgramNotices.ProgramPage::contentLink,
        ProgramNotices.ProgramPage::followUpLink).containsExactly(true, true);

    newsEditing.change("paula", first.getId().toString(), NoticeInput.news("Spring cohort starts 3 March", "Frühjahrskohorte startet am 3. März"));
    newsEditing.remove("paula", second.getId().toString());
    faqEditing.change("carla", faq.getId().toString(), NoticeInput.faq("How often do we meet?", "Wie oft?", "As agreed.", "Wie vereinbart."));

    assertThat(notices.page(List.of()).news()).extracting(NewsItem::getTextEn).containsExactly("Spring cohort starts 3 March");
    assertThat(history.latest().get(1).getAction()).isEqualTo(ContentAction.REMOVED);
    assertThat(history.latest().get(1).getBefore()).contains("Summer break");
    assertThat(history.latest().get(1).getAfter()).isNull();
    assertThatThrownBy(() -> faqEditing.add("carla", NoticeInput.faq("how often do we meet?", "?", "a", "a")))
        .hasMessage("questionEn: is already in the FAQ");
    assertThatThrownBy(() -> faqEditing.add("carla", NoticeInput.faq("How frequently do we meet?", "wie OFT?", "a", "a")))
        .as("the German question alone is already asked")
        .hasMessage("questionDe: is already in the FAQ");
    assertThatThrownBy(() -> newsEditing.add("carla", NoticeInput.news("x".repeat(501), null)))
        .hasMessage("textDe: must not be empty; textEn: must be at most 500 characters");
    assertThatThrownBy(() -> newsEditing.remove("carla", "abc")).hasMessage("id: no news item 'abc'");
    assertThatThrownBy(() -> faqEditing.remove("carla", "999999")).hasMessage("id: no question '999999'");
  }
}
