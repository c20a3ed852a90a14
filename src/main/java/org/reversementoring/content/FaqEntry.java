package org.reversementoring.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reversementoring.common.Language;

/** A question participants often ask, with its answer, shown on every program page. */
@Entity
@Table(name = "program_faq")
public class FaqEntry extends Notice {

  @Column(name = "question_en", nullable = false, length = NoticeInput.MAX_QUESTION)
  private String questionEn;

  @Column(name = "question_de", nullable = false, length = NoticeInput.MAX_QUESTION)
  private String questionDe;

  @Column(name = "answer_en", nullable = false, length = NoticeInput.MAX_ANSWER)
  private String answerEn;

  @Column(name = "answer_de", nullable = false, length = NoticeInput.MAX_ANSWER)
  private String answerDe;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected FaqEntry() {
  }

  FaqEntry(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  void write(Wording question, Wording answer) {
    this.questionEn = question.en();
    this.questionDe = question.de();
    this.answerEn = answer.en();
    this.answerDe = answer.de();
  }

  public String getQuestionEn() {
    return questionEn;
  }

  public String getQuestionDe() {
    return questionDe;
  }

  public String getAnswerEn() {
    return answerEn;
  }

  public String getAnswerDe() {
    return answerDe;
  }

  public String question(Language language) {
    return language == Language.DE ? questionDe : questionEn;
  }

  public String answer(Language language) {
    return language == Language.DE ? answerDe : answerEn;
  }

  @Override
  public Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("questionEn", questionEn);
    state.put("questionDe", questionDe);
    state.put("answerEn", answerEn);
    state.put("answerDe", answerDe);
    return state;
  }
}
