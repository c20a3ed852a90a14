package org.reversementoring.notification;

import java.util.List;

/**
 * A list in a mail, below its paragraphs: a heading and entries that each link somewhere (e.g.
 * the morning digest's tasks). Texts are in the recipient's language already; the mail escapes them.
 */
public record MailList(String heading, List<Item> items) {

  public MailList {
    items = List.copyOf(items);
  }

  /** One entry: its text and the link it opens. */
  public record Item(String text, String url) {
  }
}
