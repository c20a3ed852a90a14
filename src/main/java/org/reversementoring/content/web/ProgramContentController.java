package org.reversementoring.content.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.content.AcademyModuleList;
import org.reversementoring.content.CatalogueEditing;
import org.reversementoring.content.ContentHistory;
import org.reversementoring.content.FaqEditing;
import org.reversementoring.content.ModuleEditing;
import org.reversementoring.content.ModuleInput;
import org.reversementoring.content.NewsEditing;
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
  private final NewsEditing newsEditing;
  private final FaqEditing faqEditing;
  private final ZoneId zone;

  ProgramContentController(TopicCatalogue topics, AcademyModuleList modules, ProgramNotices notices,
      ContentHistory history, TopicEditing topicEditing, ModuleEditing moduleEditing, NewsEditing newsEditing,
      FaqEditing faqEditing, Clock clock) {
    this.zone = clock.getZone();
    this.topics = topics;
    this.modules = modules;
    this.notices = notices;
    this.history = history;
    this.topicEditing = topicEditing;
    this.moduleEditing = moduleEditing;
    this.newsEditing = newsEditing;
    this.faqEditing = faqEditing;
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
  String addTopic(TopicInput topic, @RequestParam Map<String, String> typed, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> topicEditing.add(user.getName(), topic), "topic", typed, user, model, response);
  }

  @PostMapping(PAGE + "/topics/{code}")
  String changeTopic(@PathVariable String code, TopicInput topic, @RequestParam Map<String, String> typed,
      Authentication user, Model model, HttpServletResponse response) {
    return edit(() -> topicEditing.change(user.getName(), code, topic), "topic:" + code, typed, user, model,
        response);
  }

  @PostMapping(PAGE + "/modules")
  String addModule(ModuleInput module, @RequestParam Map<String, String> typed, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> moduleEditing.add(user.getName(), module), "module", typed, user, model, response);
  }

  @PostMapping(PAGE + "/modules/{key}")
  String changeModule(@PathVariable String key, ModuleInput module, @RequestParam Map<String, String> typed,
      Authentication user, Model model, HttpServletResponse response) {
    return edit(() -> moduleEditing.change(user.getName(), key, module), "module:" + key, typed, user, model,
        response);
  }

  /** Retires a topic or a module, or offers it again ({@code act}). */
  @PostMapping(PAGE + "/{list:topics|modules}/{key}/{act:retire|reinstate}")
  String retireOrReinstate(@PathVariable String list, @PathVariable String key, @PathVariable String act,
      Authentication user, Model model, HttpServletResponse response) {
    CatalogueEditing<?, ?> editing = "topics".equals(list) ? topicEditing : moduleEditing;
    return edit(() -> {
      if ("retire".equals(act)) {
        editing.retire(user.getName(), key);
      } else {
        editing.reinstate(user.getName(), key);
      }
    }, null, null, user, model, response);
  }

  @PostMapping(PAGE + "/{board:news|faq}")
  String addNotice(@PathVariable String board, NoticeInput notice, @RequestParam Map<String, String> typed,
      Authentication user, Model model, HttpServletResponse response) {
    return edit(() -> notices(board).add(user.getName(), notice), board, typed, user, model, response);
  }

  @PostMapping(PAGE + "/{board:news|faq}/{id}")
  String changeNotice(@PathVariable String board, @PathVariable String id, NoticeInput notice,
      @RequestParam Map<String, String> typed, Authentication user, Model model, HttpServletResponse response) {
    return edit(() -> notices(board).change(user.getName(), id, notice), board + ":" + id, typed, user, model,
        response);
  }

  @PostMapping(PAGE + "/{board:news|faq}/{id}/remove")
  String removeNotice(@PathVariable String board, @PathVariable String id, Authentication user, Model model,
      HttpServletResponse response) {
    return edit(() -> notices(board).remove(user.getName(), id), null, null, user, model, response);
  }

  private NoticeEditing<?> notices(String board) {
    return "news".equals(board) ? newsEditing : faqEditing;
  }

  /**
   * Makes the change and goes back to the page; a refusal shows the page with 400, the reason and
   * what was typed, in the form it was typed in ({@code draftOf}: the kind, for a change with the
   * item's key or id, like {@code topic:ai-tools}).
   */
  private String edit(Change change, String draftOf, Map<String, String> typed, Authentication user, Model model,
      HttpServletResponse response) {
    try {
      change.make();
      return "redirect:" + PAGE + "?saved";
    } catch (RejectedInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", refused.getMessage());
      if (draftOf != null) {
        model.addAttribute("draft", Map.of(draftOf, typed));
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
    model.addAttribute("fields", ContentFields.FORMS);
    if (!model.containsAttribute("draft")) {
      model.addAttribute("draft", Map.of());
    }
    return "program-content";
  }
}
