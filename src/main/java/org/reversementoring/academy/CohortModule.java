package org.reversementoring.academy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a cohort holds one of the configured modules. */
@Entity
@Table(name = "academy_cohort_module")
public class CohortModule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private AcademyCohort cohort;

  @Column(name = "module_key", nullable = false, length = 40)
  private String moduleKey;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  protected CohortModule() {
  }

  CohortModule(AcademyCohort cohort, String moduleKey, Instant startsAt, Instant endsAt) {
    this.cohort = cohort;
    this.moduleKey = moduleKey;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public Long getId() {
    return id;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }
}
