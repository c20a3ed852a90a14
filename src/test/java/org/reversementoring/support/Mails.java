package org.reversementoring.support;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.reversementoring.notification.MailAttachment;
import org.reversementoring.notification.MimeParts;

/** Reads what arrived at GreenMail the way a recipient would. */
public final class Mails {

  /** Links that act without a login: set a password, withdraw, move a session, ask to end a tandem. */
  private static final Pattern PERSONAL_LINK =
      Pattern.compile("/(activate|withdraw|sessions/move|tandems/end)\\?token=[A-Za-z0-9._~-]+");

  private Mails() {
  }

  public static List<MimeMessage> to(MimeMessage[] received, String address) {
    return Arrays.stream(received).filter(m -> recipients(m).contains(address)).toList();
  }

  public static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every address the mail was sent to (To and Cc), as the mail's headers name them. */
  public static List<String> addresses(MimeMessage message) {
    try {
      Address[] all = message.getAllRecipients();
      return all == null ? List.of() : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The personal links (path and token) in the HTML or text part, each once. */
  public static List<String> personalLinks(MimeMessage message) {
    Matcher matcher = PERSONAL_LINK.matcher(html(message) + "\n" + text(message));
    Set<String> links = new LinkedHashSet<>();
    while (matcher.find()) {
      links.add(matcher.group());
    }
    return List.copyOf(links);
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  public static String text(MimeMessage message) {
    return part(message, "text/plain");
  }

  /** The first link in the HTML part that contains the fragment. */
  public static String link(MimeMessage message, String fragment) {
    Matcher matcher = Pattern.compile("href=\"([^\"]*" + Pattern.quote(fragment) + "[^\"]*)\"").matcher(html(message));
    if (!matcher.find()) {
      throw new AssertionError("No link with " + fragment + " in " + subject(message));
    }
    return matcher.group(1).replace("&amp;", "&");
  }

  /** The first of these mails whose subject starts so; fails naming the subjects there are. */
  public static MimeMessage single(List<MimeMessage> mails, String subjectStart) {
    List<MimeMessage> matching = mails.stream().filter(m -> subject(m).startsWith(subjectStart)).toList();
    if (matching.isEmpty()) {
      throw new AssertionError("No mail starting with " + subjectStart + " among "
          + mails.stream().map(Mails::subject).toList());
    }
    return matching.get(0);
  }

  /** The bytes of the attachment with this file name. */
  public static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
    return attachmentPart(mail, fileName).getInputStream().readAllBytes();
  }

  /** The content type of the attachment with this file name, e.g. {@code application/pdf; name=…}. */
  public static String attachmentType(MimeMessage mail, String fileName) throws Exception {
    return attachmentPart(mail, fileName).getContentType();
  }

  private static BodyPart attachmentPart(MimeMessage mail, String fileName) throws Exception {
    Multipart multipart = (Multipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        return part;
      }
    }
    throw new AssertionError("No attachment " + fileName + " in " + subject(mail));
  }

  /** The attached calendar invitation or cancellation, parsed. */
  public static Calendar calendar(MimeMessage mail) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(attachment(mail, MailAttachment.INVITATION_FILE_NAME)));
  }

  private static String part(MimeMessage message, String type) {
    return MimeParts.part(message, type);
  }
}
