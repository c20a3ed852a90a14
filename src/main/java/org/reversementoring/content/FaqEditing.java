package org.reversementoring.content;

import org.springframework.stereotype.Service;

/** Changes to the FAQ: a question is asked once. */
@Service
public class FaqEditing extends NoticeEditing<FaqEntry> {

  FaqEditing(FaqEntryRepository faq, ContentHistory history) {
    super(ContentKind.FAQ, "question", faq, () -> new FaqEntry(faq.lastSortOrder() + 1), (input, checks, ownId) -> {
      Wording question = input.question(checks);
      Wording answer = input.answer(checks);
      for (FaqEntry other : faq.findAll()) {
        if (!other.getId().equals(ownId) && question.en() != null && other.getQuestionEn().equalsIgnoreCase(question.en())) {
          checks.refuse("questionEn", "is already in the FAQ");
        }
      }
      return entry -> entry.write(question, answer);
    }, history);
  }
}
