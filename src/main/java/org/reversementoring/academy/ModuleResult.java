package org.reversementoring.academy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the trainer recorded for one module of one enrollment. */
@Entity
@Table(name = "academy_module_result")
public class ModuleResult {

  static final int MAX_REMARK_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
  private Enrollment enrollment;

  @Column(name = "module_key", nullable = false, length = 40, updatable = false)
  private String moduleKey;

  @Column(nullable = false)
  private boolean attended;

  @Column(nullable = false)
  private boolean passed;

  @Column(length = MAX_REMARK_LENGTH)
  private String remark;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ModuleResult() {
  }

  ModuleResult(Enrollment enrollment, String moduleKey, boolean attended, boolean passed,
      String remark, Instant recordedAt) {
    this.enrollment = enrollment;
    this.moduleKey = moduleKey;
    this.attended = attended;
    this.passed = passed;
    this.remark = remark;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Enrollment getEnrollment() {
    return enrollment;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public boolean isAttended() {
    return attended;
  }

  public boolean isPassed() {
    return passed;
  }

  /** Failed, or missed: the module must be retaken. */
  public boolean isFailed() {
    return !passed;
  }

  public String getRemark() {
    return remark;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
