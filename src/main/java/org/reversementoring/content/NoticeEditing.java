package org.reversementoring.content;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the program news and the FAQ, checked and recorded like the catalogue's. */
@Service
@Transactional
public class NoticeEditing {

  private final NewsItemRepository news;
  private final FaqEntryRepository faq;
  private final ContentHistory history;
  private final Clock clock;

  NoticeEditing(NewsItemRepository news, FaqEntryRepository faq, ContentHistory history, Clock clock) {
    this.news = news;
    this.faq = faq;
    this.history = history;
    this.clock = clock;
  }

  public NewsItem addNews(String userId, NoticeInput input) {
    Checks checks = new Checks();
    Wording text = input.text(checks);
    checks.refuseIfAny();
    NewsItem item = new NewsItem(clock.instant());
    item.write(text);
    news.save(item);
    history.record(userId, ContentKind.NEWS, item.getId().toString(), ContentAction.ADDED, null, item.state());
    return item;
  }

  public NewsItem changeNews(String userId, String id, NoticeInput input) {
    NewsItem item = news.findById(idOf("news item", id)).orElseThrow(() -> unknown("news item", id));
    Checks checks = new Checks();
    Wording text = input.text(checks);
    checks.refuseIfAny();
    Map<String, Object> before = item.state();
    item.write(text);
    history.record(userId, ContentKind.NEWS, id, ContentAction.CHANGED, before, item.state());
    return item;
  }

  public void removeNews(String userId, String id) {
    NewsItem item = news.findById(idOf("news item", id)).orElseThrow(() -> unknown("news item", id));
    news.delete(item);
    history.record(userId, ContentKind.NEWS, id, ContentAction.REMOVED, item.state(), null);
  }

  public FaqEntry addFaq(String userId, NoticeInput input) {
    Checks checks = new Checks();
    Wording question = input.question(checks);
    Wording answer = input.answer(checks);
    refuseAskedQuestion(checks, null, question);
    checks.refuseIfAny();
    FaqEntry entry = new FaqEntry(faq.lastSortOrder() + 1);
    entry.write(question, answer);
    faq.save(entry);
    history.record(userId, ContentKind.FAQ, entry.getId().toString(), ContentAction.ADDED, null, entry.state());
    return entry;
  }

  public FaqEntry changeFaq(String userId, String id, NoticeInput input) {
    FaqEntry entry = faq.findById(idOf("question", id)).orElseThrow(() -> unknown("question", id));
    Checks checks = new Checks();
    Wording question = input.question(checks);
    Wording answer = input.answer(checks);
    refuseAskedQuestion(checks, entry.getId(), question);
    checks.refuseIfAny();
    Map<String, Object> before = entry.state();
    entry.write(question, answer);
    history.record(userId, ContentKind.FAQ, id, ContentAction.CHANGED, before, entry.state());
    return entry;
  }

  public void removeFaq(String userId, String id) {
    FaqEntry entry = faq.findById(idOf("question", id)).orElseThrow(() -> unknown("question", id));
    faq.delete(entry);
    history.record(userId, ContentKind.FAQ, id, ContentAction.REMOVED, entry.state(), null);
  }

  private void refuseAskedQuestion(Checks checks, Long ownId, Wording question) {
    for (FaqEntry other : faq.findAll()) {
      if (!other.getId().equals(ownId) && question.en() != null && other.getQuestionEn().equalsIgnoreCase(question.en())) {
        checks.refuse("questionEn", "is already in the FAQ");
      }
    }
  }

  private static long idOf(String what, String id) {
    try {
      return Long.parseLong(id == null ? "" : id);
    } catch (NumberFormatException e) {
      throw unknown(what, id);
    }
  }

  private static RuntimeException unknown(String what, String id) {
    return Checks.refusal("id", "no " + what + " '" + id + "'");
  }
}
