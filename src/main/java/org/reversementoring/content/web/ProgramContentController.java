package org.reversementoring.content.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.AcademyModuleList;
import org.reversementoring.content.ContentHistory;
import org.reversementoring.content.ModuleEditing;
import org.reversementoring.content.ModuleInput;
import org.reversementoring.content.NoticeEditing;
import org.reversementoring.content.NoticeInput;
import org.reversementoring.content.ProgramNotices;
import org.reversementoring.content.TopicCatalogue;
import org.reversementoring.content.TopicEditing;
import org.reversementoring.content.TopicInput;
import org.reversementoring.identity.ProgramGroup;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The program's content page: the topic catalogue, the Academy modules, the news and the FAQ.
 * Organizers and coordinators change them (the gate lets nobody else post here); process owners
 * read them and the change history. Every change is made as the logged-in person and recorded;
 * a refused one answers 400 naming the field, shows the page again with what was typed, and
 * changes nothing.
 */
@Controller
class ProgramContentController {

  static final String PAGE = "/program-content";

  private final TopicCatalogue topics;
  private final AcademyModuleList modules;
  private final ProgramNotices notices;
  private final ContentHistory history;
  private final TopicEditing topicEditing;
  private final ModuleEditing moduleEditing;
  private final NoticeEditing noticeEditing;
  private final ZoneId zone;

  ProgramContentController(TopicCatalogue topics, AcademyModuleList modules, ProgramNotices notices,
      ContentHistory history, TopicEditing topicEditing, ModuleEditing moduleEditing, NoticeEditing noticeEditing,
      Clock clock) {
    this.zone = clock.getZone();
    this.topics = topics;
    this.modules = modules;
    this.notices = notices;
    this.history = history;
    this.topicEditing = topicEditing;
    this.moduleEditing = moduleEditing;
    this.noticeEditing = noticeEditing;
  }

  @GetMapping(PAGE)
  String page(@RequestParam(required = false) String saved, Authentication user, Model model) {
    model.addAttribute("saved", saved != null);
    return show(user, model);
  }

  @GetMapping(PAGE + "/history")
  String history(Model model) {
    model.addAttribute("changes", history.latest());
    model.addAttribute("zone", zone);
    return "program-content-history";
  }

  @PostMapping(PAGE + "/topics")
  String addTopic(TopicInput topic, Authentication user, Model model, HttpServletResponse response) {
    return edit(() -> topicEditing.add(user.getName(), topic), "topic", topic, user, model, response);
  }

  @PostMapping(PAGE + "/topics/{code}")
  String changeTopic(@PathVariable String code, TopicInput topic, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> topicEditing.change(user.getName(), code, topic), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/topics/{code}/retire")
  String retireTopic(@PathVariable String code, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> topicEditing.retire(user.getName(), code), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/topics/{code}/reinstate")
  String reinstateTopic(@PathVariable String code, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> topicEditing.reinstate(user.getName(), code), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/modules")
  String addModule(ModuleInput module, Authentication user, Model model, HttpServletResponse response) {
    return edit(() -> moduleEditing.add(user.getName(), module), "module", module, user, model, response);
  }

  @PostMapping(PAGE + "/modules/{key}")
  String changeModule(@PathVariable String key, ModuleInput module, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> moduleEditing.change(user.getName(), key, module), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/modules/{key}/retire")
  String retireModule(@PathVariable String key, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> moduleEditing.retire(user.getName(), key), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/modules/{key}/reinstate")
  String reinstateModule(@PathVariable String key, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> moduleEditing.reinstate(user.getName(), key), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/news")
  String addNews(@RequestParam(required = false) String textEn, @RequestParam(required = false) String textDe,
      Authentication user, Model model, HttpServletResponse response) {
    NoticeInput news = NoticeInput.news(textEn, textDe);
    return edit(() -> noticeEditing.addNews(user.getName(), news), "news", news, user, model, response);
  }

  @PostMapping(PAGE + "/news/{id}")
  String changeNews(@PathVariable String id, @RequestParam(required = false) String textEn,
      @RequestParam(required = false) String textDe, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> noticeEditing.changeNews(user.getName(), id, NoticeInput.news(textEn, textDe)), null, null,
        user, model, response);
  }

  @PostMapping(PAGE + "/news/{id}/remove")
  String removeNews(@PathVariable String id, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> noticeEditing.removeNews(user.getName(), id), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/faq")
  String addFaq(@RequestParam(required = false) String questionEn, @RequestParam(required = false) String questionDe,
      @RequestParam(required = false) String answerEn, @RequestParam(required = false) String answerDe,
      Authentication user, Model model, HttpServletResponse response) {
    NoticeInput faq = NoticeInput.faq(questionEn, questionDe, answerEn, answerDe);
    return edit(() -> noticeEditing.addFaq(user.getName(), faq), "faq", faq, user, model, response);
  }

  @PostMapping(PAGE + "/faq/{id}")
  String changeFaq(@PathVariable String id, @RequestParam(required = false) String questionEn,
      @RequestParam(required = false) String questionDe, @RequestParam(required = false) String answerEn,
      @RequestParam(required = false) String answerDe, Authentication user, Model model,
      HttpServletResponse response) {
    NoticeInput faq = NoticeInput.faq(questionEn, questionDe, answerEn, answerDe);
    return edit(() -> noticeEditing.changeFaq(user.getName(), id, faq), null, null, user, model, response);
  }

  @PostMapping(PAGE + "/faq/{id}/remove")
  String removeFaq(@PathVariable String id, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> noticeEditing.removeFaq(user.getName(), id), null, null, user, model, response);
  }

  /**
   * Makes the change and goes back to the page; a refusal shows the page with 400, the reason and,
   * for an addition, what was typed in its form ({@code draftOf}).
   */
  private String edit(Change change, String draftOf, Object draft, Authentication user, Model model,
      HttpServletResponse response) {
    try {
      change.make();
      return "redirect:" + PAGE + "?saved";
    } catch (RejectedInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", refused.getMessage());
      if (draftOf != null) {
        model.addAttribute("draft", Map.of(draftOf, draft));
      }
      return show(user, model);
    }
  }

  /** One change to the content, made or refused as a whole. */
  @FunctionalInterface
  private interface Change {
    void make();
  }

  private String show(Authentication user, Model model) {
    model.addAttribute("zone", zone);
    model.addAttribute("editor", user.getAuthorities().stream().anyMatch(authority ->
        ProgramGroup.COORDINATORS.id().equals(authority.getAuthority())
            || ProgramGroup.PROGRAM_ORGANIZERS.id().equals(authority.getAuthority())));
    model.addAttribute("topics", topics.all());
    model.addAttribute("modules", modules.all());
    model.addAttribute("news", notices.allNews());
    model.addAttribute("faq", notices.faq());
    if (!model.containsAttribute("draft")) {
      model.addAttribute("draft", Map.of());
    }
    return "program-content";
  }
}
