package org.reversementoring.tandem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One session of a tandem (table {@code tandem_session}): planned time, status, what was held, the rating. */
@Entity
@Table(name = "tandem_session")
public class TandemSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tandem_id", nullable = false)
  private long tandemId;

  /** 1, 2, 3 ... in the order planned; extensions continue the count. */
  @Column(nullable = false)
  private int position;

  @Column(name = "mentor_id", nullable = false)
  private long mentorId;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  @Column(name = "planned_minutes", nullable = false)
  private int plannedMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SessionStatus status = SessionStatus.PLANNED;

  @Column(name = "held_at")
  private Instant heldAt;

  @Column(name = "held_minutes")
  private Integer heldMinutes;

  /** Topic codes covered, comma-separated. */
  @Column(length = 500)
  private String topics;

  @Column(length = 2000)
  private String notes;

  @Column(name = "logged_at")
  private Instant loggedAt;

  private Integer rating;

  @Column(name = "rating_comment", length = 2000)
  private String ratingComment;

  @Column(name = "rated_at")
  private Instant ratedAt;

  /** iCalendar SEQUENCE of this session's event: the UID stays, each change sent counts up. */
  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  @Version
  private long version;

  protected TandemSession() {
  }

  TandemSession(long tandemId, int position, long mentorId, Instant plannedAt, int plannedMinutes) {
    this.tandemId = tandemId;
    this.position = position;
    this.mentorId = mentorId;
    this.plannedAt = plannedAt;
    this.plannedMinutes = plannedMinutes;
  }

  /** Moves the session; {@code newRevision} raises the calendar sequence (its event was or will be sent again). */
  void moveBy(java.time.Duration shift, boolean newRevision) {
    this.plannedAt = plannedAt.plus(shift);
    if (newRevision) {
      calendarSequence++;
    }
  }

  /** A substitute mentor takes the session over; the invitation is sent again as a new revision. */
  void handOver(long substituteMentorId) {
    this.mentorId = substituteMentorId;
    calendarSequence++;
  }

  void cancel() {
    this.status = SessionStatus.CANCELLED;
  }

  void log(SessionLog log, Instant now) {
    this.status = log.held() ? SessionStatus.HELD : SessionStatus.NOT_HELD;
    this.heldAt = log.held() ? plannedAt : null;
    this.heldMinutes = log.minutes();
    this.topics = log.topics().isEmpty() ? null : String.join(",", log.topics());
    this.notes = log.notes();
    this.loggedAt = now;
  }

  void rate(SessionLog.Rating rating, Instant now) {
    this.rating = rating.rating();
    this.ratingComment = rating.comment();
    this.ratedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getTandemId() {
    return tandemId;
  }

  public int getPosition() {
    return position;
  }

  public long getMentorId() {
    return mentorId;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public int getPlannedMinutes() {
    return plannedMinutes;
  }

  public Instant getPlannedEnd() {
    return plannedAt.plusSeconds(60L * plannedMinutes);
  }

  public SessionStatus getStatus() {
    return status;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public Integer getHeldMinutes() {
    return heldMinutes;
  }

  public String getTopics() {
    return topics;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }

  public Integer getRating() {
    return rating;
  }

  public String getRatingComment() {
    return ratingComment;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }
}
