package org.reversementoring.notification;

import java.util.List;
import org.reversementoring.common.Language;

/**
 * Who a mail goes to and how it greets them. Made by {@link Addressees} when the program must
 * look something up (the coordinators, an activation link), else by the factories here.
 *
 * @param activationUrl link to set the password of the recipient's account; null when the
 *                      account has one already or the mail only informs
 * @param participant   one person taking part (apprentice, executive, training supervisor): the
 *                      mail links to their program page; false for group mails such as the
 *                      program office's
 */
public record Addressee(List<String> to, String greetingName, Language language, String activationUrl,
    boolean participant) {

  public Addressee {
    to = List.copyOf(to);
  }

  /** A participant when it is one address, else a group. */
  public Addressee(List<String> to, String greetingName, Language language, String activationUrl) {
    this(to, greetingName, language, activationUrl, to.size() == 1);
  }

  /** One person greeted by first name, without an activation link. */
  public static Addressee named(String email, String firstName, Language language) {
    return new Addressee(List.of(email), firstName, language, null);
  }

  /**
   * A member of the program office in a mail of their own, greeted by first name (as a colleague
   * without one): no program-page link, no activation link.
   */
  public static Addressee staff(String email, String firstName, Language language) {
    return new Addressee(List.of(email), firstName == null || firstName.isBlank() ? language.colleague() : firstName,
        language, null, false);
  }

  /** One person the program knows by address only (a training supervisor), greeted as a colleague. */
  public static Addressee colleague(String email, Language language) {
    return new Addressee(List.of(email), language.colleague(), language, null, true);
  }

  /** A group the program knows by address only, greeted as colleagues, without an activation link. */
  public static Addressee colleagues(List<String> emails, Language language) {
    return new Addressee(emails, language.colleague(), language, null, false);
  }
}
