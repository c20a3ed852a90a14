package org.reversementoring.notification;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file attached to a mail.
 *
 * @param fileName    the name the recipient sees, e.g. {@code invitation.ics}
 * @param contentType full MIME type with parameters, e.g. {@code text/calendar; charset=UTF-8;
 *                    method=REQUEST}
 * @param content     the file's bytes; copied in and out, so the record stays unchanged
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

  public static final String INVITATION_FILE_NAME = "invitation.ics";
  public static final String CALENDAR_REQUEST_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
  public static final String CALENDAR_CANCEL_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

  public MailAttachment {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("an attachment needs a file name");
    }
    if (contentType == null || contentType.isBlank()) {
      throw new IllegalArgumentException("an attachment needs a content type");
    }
    content = Objects.requireNonNull(content, "content").clone();
  }

  /** An invitation or update (iCalendar METHOD:REQUEST), e.g. from {@code CalendarFiles.request}. */
  public static MailAttachment calendarRequest(byte[] ics) {
    return new MailAttachment(INVITATION_FILE_NAME, CALENDAR_REQUEST_TYPE, ics);
  }

  /** A cancellation (iCalendar METHOD:CANCEL), e.g. from {@code CalendarFiles.cancel}. */
  public static MailAttachment calendarCancel(byte[] ics) {
    return new MailAttachment(INVITATION_FILE_NAME, CALENDAR_CANCEL_TYPE, ics);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MailAttachment that && fileName.equals(that.fileName)
        && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
  }
}
