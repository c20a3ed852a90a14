package org.reversementoring.content.web;

import java.util.List;
import java.util.Map;
import org.reversementoring.content.CatalogueItem;
import org.reversementoring.content.ModuleInput;
import org.reversementoring.content.NoticeInput;
import org.reversementoring.content.TopicInput;

/**
 * The fields of the content page's forms, one list per kind for both its edit and its add form,
 * with the limits the checks apply (so the page cannot promise other ones).
 */
final class ContentFields {

  /** One field: its name (the input's), its label's message key, and its limits. */
  record Field(String name, String label, String type, int min, int max, boolean key) {

    static Field text(String name, String label, int max) {
      return new Field(name, label, "text", 0, max, false);
    }

    static Field textarea(String name, String label, int max) {
      return new Field(name, label, "textarea", 0, max, false);
    }

    /** The stable key, typed only when adding. */
    static Field key(String name) {
      return new Field(name, "content.code.hint", "text", 0, CatalogueItem.MAX_KEY, true);
    }
  }

  /** By form: the kinds' names in the page's addresses. */
  static final Map<String, List<Field>> FORMS = Map.of(
      "topic", List.of(Field.key("code"), Field.text("nameEn", "content.name.en", TopicInput.MAX_NAME),
          Field.text("nameDe", "content.name.de", TopicInput.MAX_NAME),
          Field.textarea("descriptionEn", "content.description.en", TopicInput.MAX_DESCRIPTION),
          Field.textarea("descriptionDe", "content.description.de", TopicInput.MAX_DESCRIPTION)),
      "module", List.of(Field.key("key"), Field.text("nameEn", "content.name.en", ModuleInput.MAX_NAME),
          Field.text("nameDe", "content.name.de", ModuleInput.MAX_NAME),
          new Field("minutes", "content.minutes", "number", ModuleInput.MIN_MINUTES, ModuleInput.MAX_MINUTES, false)),
      "news", List.of(Field.textarea("textEn", "content.text.en", NoticeInput.MAX_NEWS),
          Field.textarea("textDe", "content.text.de", NoticeInput.MAX_NEWS)),
      "faq", List.of(Field.text("questionEn", "content.question.en", NoticeInput.MAX_QUESTION),
          Field.text("questionDe", "content.question.de", NoticeInput.MAX_QUESTION),
          Field.textarea("answerEn", "content.answer.en", NoticeInput.MAX_ANSWER),
          Field.textarea("answerDe", "content.answer.de", NoticeInput.MAX_ANSWER)));

  private ContentFields() {
  }
}
