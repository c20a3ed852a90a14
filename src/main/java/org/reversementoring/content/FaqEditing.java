package org.reversementoring.content;

import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** Changes to the FAQ: a question is asked once, in either language. */
@Service
public class FaqEditing extends NoticeEditing<FaqEntry> {

  FaqEditing(FaqEntryRepository faq, ContentHistory history) {
    super(ContentKind.FAQ, "question", faq, () -> new FaqEntry(faq.lastSortOrder() + 1),
        (input, checks, ownId) -> checked(faq, input, checks, ownId), history);
  }

  private static Consumer<FaqEntry> checked(FaqEntryRepository faq, NoticeInput input, Checks checks, Long ownId) {
    Wording question = input.question(checks);
    Wording answer = input.answer(checks);
    faq.findAll().stream().filter(other -> !other.getId().equals(ownId)).forEach(other -> {
      refuseAsked(checks, "questionEn", question.en(), other.getQuestionEn());
      refuseAsked(checks, "questionDe", question.de(), other.getQuestionDe());
    });
    return entry -> entry.write(question, answer);
  }

  private static void refuseAsked(Checks checks, String field, String question, String asked) {
    if (question != null && asked.equalsIgnoreCase(question)) {
      checks.refuse(field, "is already in the FAQ");
    }
  }
}
