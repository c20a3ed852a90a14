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
import java.time.LocalDate;
import java.util.List;

/**
 * One approved mentor-mentee pair, numbered like RMT-2026-001. Mentor and mentee are referenced
 * by id only: their personal data stays in their own records.
 */
@Entity
@Table(name = "tandem")
public class Tandem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String number;

  @Column(name = "mentor_id", nullable = false)
  private long mentorId;

  @Column(name = "mentee_id", nullable = false)
  private long menteeId;

  @Column(name = "cohort_name", nullable = false, length = 100)
  private String cohortName;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(nullable = false)
  private int score;

  /**
   * The matcher's reasons, one per line: each its kind and arguments as JSON ({@code
   * matching.Reason}, put in words in the reader's language), in rows made by v0.1.0 or earlier
   * an English sentence.
   */
  @Column(nullable = false, length = 2000)
  private String reasons;

  @Column(name = "fixed_by_coordinator", nullable = false)
  private boolean fixedByCoordinator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TandemStatus status = TandemStatus.KICKOFF;

  @Column(name = "kickoff_at")
  private Instant kickoffAt;

  @Column(length = 2000)
  private String goals;

  @Column(name = "cadence_weeks")
  private Integer cadenceWeeks;

  @Column(name = "session_count")
  private Integer sessionCount;

  @Column(name = "session_minutes")
  private Integer sessionMinutes;

  /** Vocational-school blocks and holidays, one {@code yyyy-mm-dd..yyyy-mm-dd} range per line. */
  @Column(name = "skip_periods", length = 2000)
  private String skipPeriods;

  /** The mentor matching paired; set when a substitute takes over ({@code mentorId} then names the substitute). */
  @Column(name = "original_mentor_id")
  private Long originalMentorId;

  @Column(name = "ended_at")
  private Instant endedAt;

  /** Why the tandem ended early, or the coordinator's closing note. */
  @Column(name = "end_reason", length = 2000)
  private String endReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Version
  private long version;

  protected Tandem() {
  }

  Tandem(String number, TandemDraft draft, Instant now) {
    this.number = number;
    this.mentorId = draft.mentorId();
    this.menteeId = draft.menteeId();
    this.cohortName = draft.cohortName();
    this.startsOn = draft.startsOn();
    this.score = draft.score();
    this.reasons = String.join("\n", draft.reasons());
    this.fixedByCoordinator = draft.fixedByCoordinator();
    this.createdAt = now;
    this.statusChangedAt = now;
  }

  void attachToProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void changeStatus(TandemStatus status, Instant now) {
    this.status = status;
    this.statusChangedAt = now;
  }

  /** A substitute takes over from the current mentor; the original is remembered once. */
  void substituteMentor(long substituteId) {
    if (originalMentorId == null) {
      originalMentorId = mentorId;
    }
    mentorId = substituteId;
  }

  /** Closes the tandem (CLOSED or ENDED_EARLY) with a reason or closing note. */
  void end(TandemStatus endStatus, String reason, Instant now) {
    changeStatus(endStatus, now);
    this.endedAt = now;
    this.endReason = reason;
  }

  void planKickoff(Instant kickoffAt) {
    this.kickoffAt = kickoffAt;
  }

  void agree(String goals, int cadenceWeeks, int sessionCount, int sessionMinutes, String skipPeriods) {
    this.goals = goals;
    this.cadenceWeeks = cadenceWeeks;
    this.sessionCount = sessionCount;
    this.sessionMinutes = sessionMinutes;
    this.skipPeriods = skipPeriods;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public long getMentorId() {
    return mentorId;
  }

  public long getMenteeId() {
    return menteeId;
  }

  public String getCohortName() {
    return cohortName;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public int getScore() {
    return score;
  }

  public List<String> getReasons() {
    return reasons.isEmpty() ? List.of() : List.of(reasons.split("\n"));
  }

  public boolean isFixedByCoordinator() {
    return fixedByCoordinator;
  }

  public TandemStatus getStatus() {
    return status;
  }

  public Instant getKickoffAt() {
    return kickoffAt;
  }

  public String getGoals() {
    return goals;
  }

  public Integer getCadenceWeeks() {
    return cadenceWeeks;
  }

  public Integer getSessionCount() {
    return sessionCount;
  }

  public Integer getSessionMinutes() {
    return sessionMinutes;
  }

  public String getSkipPeriods() {
    return skipPeriods;
  }

  public Long getOriginalMentorId() {
    return originalMentorId;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndReason() {
    return endReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
