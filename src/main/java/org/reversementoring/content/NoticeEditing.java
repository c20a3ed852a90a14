package org.reversementoring.content;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the program news or the FAQ, checked and recorded like the catalogue's. */
@Transactional
public class NoticeEditing<T extends Notice> {

  /** Checks what was typed for one notice ({@code ownId}: the changed one's, null when adding). */
  @FunctionalInterface
  interface Texts<T> {
    Consumer<T> check(NoticeInput input, Checks checks, Long ownId);
  }

  private final ContentKind kind;
  /** How a refusal names one of these, like "news item". */
  private final String what;
  private final JpaRepository<T, Long> notices;
  private final Supplier<T> factory;
  private final Texts<T> texts;
  private final ContentHistory history;

  NoticeEditing(ContentKind kind, String what, JpaRepository<T, Long> notices, Supplier<T> factory, Texts<T> texts,
      ContentHistory history) {
    this.kind = kind;
    this.what = what;
    this.notices = notices;
    this.factory = factory;
    this.texts = texts;
    this.history = history;
  }

  public T add(String userId, NoticeInput input) {
    Consumer<T> write = checked(input, null);
    T notice = factory.get();
    write.accept(notice);
    notices.save(notice);
    history.record(userId, kind, notice.getId().toString(), ContentAction.ADDED, null, notice.state());
    return notice;
  }

  public T change(String userId, String id, NoticeInput input) {
    T notice = existing(id);
    Consumer<T> write = checked(input, notice.getId());
    Map<String, Object> before = notice.state();
    write.accept(notice);
    history.record(userId, kind, id, ContentAction.CHANGED, before, notice.state());
    return notice;
  }

  public void remove(String userId, String id) {
    T notice = existing(id);
    notices.delete(notice);
    history.record(userId, kind, id, ContentAction.REMOVED, notice.state(), null);
  }

  private Consumer<T> checked(NoticeInput input, Long ownId) {
    Checks checks = new Checks();
    Consumer<T> write = texts.check(input, checks, ownId);
    checks.refuseIfAny();
    return write;
  }

  private T existing(String id) {
    RuntimeException unknown = Checks.refusal("id", "no " + what + " '" + id + "'");
    try {
      return notices.findById(Long.parseLong(id == null ? "" : id)).orElseThrow(() -> unknown);
    } catch (NumberFormatException e) {
      throw unknown;
    }
  }
}
