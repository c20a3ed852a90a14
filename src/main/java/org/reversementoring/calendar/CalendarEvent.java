package org.reversementoring.calendar;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One appointment of an invitation: an Academy module, a tandem kickoff, a session.
 *
 * @param uid         stable across every revision and the cancellation of the same appointment,
 *                    see {@link #uidOf(Object...)}
 * @param sequence    revision number, 0 for the first invitation; raise it by one for every change
 *                    of date, place or text that is sent again ({@link #nextRevision()})
 * @param summary     the title calendars show; any text, commas, semicolons and non-ASCII included
 * @param description longer text, or null
 * @param location    where it takes place, or null when it is online only
 * @param onlineUrl   the meeting link, or null when it takes place in person
 * @param start       start in the zone the organizer plans in (Europe/Berlin); written as UTC
 * @param end         end, after {@code start}
 * @param organizer   who sends the invitation and receives replies, usually the program office
 * @param attendees   e-mail addresses of the people invited, at least one
 */
public record CalendarEvent(
    String uid,
    int sequence,
    String summary,
    String description,
    String location,
    URI onlineUrl,
    ZonedDateTime start,
    ZonedDateTime end,
    Organizer organizer,
    List<String> attendees) {

  /** The right-hand side of every UID this application issues. */
  public static final String UID_DOMAIN = "reverse-mentoring";

  public CalendarEvent {
    requireText(uid, "uid");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    requireText(summary, "summary");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end " + end + " is not after start " + start);
    }
    Objects.requireNonNull(organizer, "organizer");
    attendees = List.copyOf(Objects.requireNonNull(attendees, "attendees"));
    if (attendees.isEmpty()) {
      throw new IllegalArgumentException("an invitation needs at least one attendee");
    }
    attendees.forEach(a -> requireAddress(a, "attendee"));
  }

  /**
   * A UID built from what identifies the appointment in the domain, e.g. {@code uidOf("academy",
   * 42, "mentoring-basics")} gives {@code academy-42-mentoring-basics@reverse-mentoring}. The same
   * parts always give the same UID, so a re-sent or cancelled invitation updates the entry the
   * attendee already has instead of adding a second one.
   */
  public static String uidOf(Object... parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("a UID needs at least one part");
    }
    return Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("-")) + "@" + UID_DOMAIN;
  }

  /** The same appointment with its sequence raised by one: send this after a change. */
  public CalendarEvent nextRevision() {
    return withSequence(sequence + 1);
  }

  public CalendarEvent withSequence(int newSequence) {
    return new CalendarEvent(uid, newSequence, summary, description, location, onlineUrl, start, end,
        organizer, attendees);
  }

  /** The sender of an invitation; {@code name} may be null. */
  public record Organizer(String email, String name) {

    public Organizer {
      requireAddress(email, "organizer");
    }

    /** The organizer named by a sender address such as {@code "Program office <office@example.com>"}. */
    public static Organizer of(String senderAddress) {
      try {
        jakarta.mail.internet.InternetAddress from = new jakarta.mail.internet.InternetAddress(senderAddress);
        return new Organizer(from.getAddress(), from.getPersonal());
      } catch (jakarta.mail.internet.AddressException e) {
        throw new IllegalStateException("'" + senderAddress + "' is not a mail address", e);
      }
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void requireAddress(String email, String role) {
    if (email == null || email.isBlank() || !email.contains("@") || email.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not an e-mail address of the " + role + ": " + email);
    }
  }
}
