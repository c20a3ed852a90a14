package org.reversementoring.content;

/**
 * A news item or a question with its answer as typed on the content page; news uses only the
 * texts ({@code textEn}, {@code textDe}), an FAQ entry question and answer.
 */
public record NoticeInput(String textEn, String textDe, String questionEn, String questionDe, String answerEn,
    String answerDe) {

  public static final int MAX_NEWS = 500;
  public static final int MAX_QUESTION = 200;
  public static final int MAX_ANSWER = 1000;

  public static NoticeInput news(String textEn, String textDe) {
    return new NoticeInput(textEn, textDe, null, null, null, null);
  }

  public static NoticeInput faq(String questionEn, String questionDe, String answerEn, String answerDe) {
    return new NoticeInput(null, null, questionEn, questionDe, answerEn, answerDe);
  }

  Wording text(Checks checks) {
    return new Wording(checks.text("textEn", textEn, MAX_NEWS), checks.text("textDe", textDe, MAX_NEWS));
  }

  Wording question(Checks checks) {
    return new Wording(checks.text("questionEn", questionEn, MAX_QUESTION),
        checks.text("questionDe", questionDe, MAX_QUESTION));
  }

  Wording answer(Checks checks) {
    return new Wording(checks.text("answerEn", answerEn, MAX_ANSWER), checks.text("answerDe", answerDe, MAX_ANSWER));
  }
}
