package org.reversementoring.academy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the Academy qualification: its modules' dates, where it takes place, who trains and
 * how many mentors it seats. Its modules are always loaded with it, so a cohort handed out of a
 * transaction can still build calendar entries.
 */
@Entity
@Table(name = "academy_cohort")
public class AcademyCohort {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  /** A room or an online meeting link. */
  @Column(nullable = false, length = 300)
  private String location;

  @Column(name = "trainer_name", nullable = false, length = 100)
  private String trainerName;

  @Column(name = "trainer_email", nullable = false, length = 254)
  private String trainerEmail;

  @Column(nullable = false)
  private int capacity;

  /**
   * Never written from the entity: seats are taken and given back only by conditional updates in
   * {@link AcademyCohortRepository}, which stay correct when several transactions race.
   */
  @Column(name = "seats_taken", nullable = false, updatable = false)
  private int seatsTaken;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("startsAt")
  private List<CohortModule> modules = new ArrayList<>();

  protected AcademyCohort() {
  }

  AcademyCohort(String name, String location, String trainerName, String trainerEmail,
      int capacity, Instant createdAt) {
    this.name = name;
    this.location = location;
    this.trainerName = trainerName;
    this.trainerEmail = trainerEmail;
    this.capacity = capacity;
    this.createdAt = createdAt;
  }

  /** Adds the next module; modules are added in the order they are held. */
  void addModule(String moduleKey, Instant moduleStartsAt, Instant moduleEndsAt) {
    if (modules.isEmpty()) {
      startsAt = moduleStartsAt;
    }
    modules.add(new CohortModule(this, moduleKey, moduleStartsAt, moduleEndsAt));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getLocation() {
    return location;
  }

  public String getTrainerName() {
    return trainerName;
  }

  public String getTrainerEmail() {
    return trainerEmail;
  }

  public int getCapacity() {
    return capacity;
  }

  /** As read when the cohort was loaded; a seat taken later in the same transaction is not seen. */
  public int getSeatsTaken() {
    return seatsTaken;
  }

  public int getFreeSeats() {
    return capacity - seatsTaken;
  }

  /** When the first module starts. */
  public Instant getStartsAt() {
    return startsAt;
  }

  /** When the last module ends: a retake must start in a cohort after this. */
  public Instant getEndsAt() {
    return modules.stream().map(CohortModule::getEndsAt).max(Instant::compareTo).orElse(startsAt);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** In the order they are held. */
  public List<CohortModule> getModules() {
    return List.copyOf(modules);
  }

  public Optional<CohortModule> module(String moduleKey) {
    return modules.stream().filter(module -> module.getModuleKey().equals(moduleKey)).findFirst();
  }

  public List<String> moduleKeys() {
    return modules.stream().map(CohortModule::getModuleKey).toList();
  }
}
