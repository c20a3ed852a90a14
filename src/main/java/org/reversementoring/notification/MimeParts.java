package org.reversementoring.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a received mail as its recipient would: its HTML or text part and the links in it. */
public final class MimeParts {

  private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

  private MimeParts() {
  }

  /** The first part of the given type, e.g. text/html, or "" if there is none. */
  public static String part(Part part, String mimeType) {
    try {
      if (part.isMimeType(mimeType)) {
        return String.valueOf(part.getContent());
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          String found = part(body, mimeType);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
      return "";
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Unreadable mail part", e);
    }
  }

  /** File names of the attachments (calendar files, certificates), in order. */
  public static List<String> attachmentNames(Part part) {
    List<String> names = new ArrayList<>();
    try {
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          if (body.getFileName() != null) {
            names.add(body.getFileName());
          }
          names.addAll(attachmentNames(body));
        }
      }
      return names;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Unreadable mail part", e);
    }
  }

  /** Every distinct link target in an HTML body, in order. */
  public static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher matcher = LINK.matcher(html);
    while (matcher.find()) {
      String link = matcher.group(1).replace("&amp;", "&");
      if (!links.contains(link)) {
        links.add(link);
      }
    }
    return links;
  }
}
