package org.reversementoring.closing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One side's final feedback on a tandem; one row per tandem and role. When a tandem is extended
 * and closes later, the second answer replaces the first: the latest one speaks for the whole
 * tandem.
 */
@Entity
@Table(name = "final_feedback")
public class FinalFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tandem_id", nullable = false)
  private long tandemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FeedbackRole role;

  @Column(name = "overall_rating", nullable = false)
  private int overallRating;

  @Column(length = 2000)
  private String learned;

  @Column(name = "would_recommend", nullable = false)
  private boolean wouldRecommend;

  @Column(name = "would_take_part_again", nullable = false)
  private boolean wouldTakePartAgain;

  @Column(length = 2000)
  private String comment;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected FinalFeedback() {
  }

  FinalFeedback(long tandemId, FeedbackRole role, FeedbackAnswer answer, Instant now) {
    this.tandemId = tandemId;
    this.role = role;
    replace(answer, now);
  }

  /** A later round's answer takes the place of the earlier one. */
  void replace(FeedbackAnswer answer, Instant now) {
    this.overallRating = answer.overallRating();
    this.learned = answer.learned();
    this.wouldRecommend = answer.wouldRecommend();
    this.wouldTakePartAgain = answer.wouldTakePartAgain();
    this.comment = answer.comment();
    this.submittedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getTandemId() {
    return tandemId;
  }

  public FeedbackRole getRole() {
    return role;
  }

  public int getOverallRating() {
    return overallRating;
  }

  public String getLearned() {
    return learned;
  }

  public boolean isWouldRecommend() {
    return wouldRecommend;
  }

  public boolean isWouldTakePartAgain() {
    return wouldTakePartAgain;
  }

  public String getComment() {
    return comment;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
