package org.reversementoring.identity;

import static org.reversementoring.common.Language.DE;
import static org.reversementoring.common.Language.EN;
import static org.reversementoring.identity.ProgramGroup.ACADEMY_TRAINERS;
import static org.reversementoring.identity.ProgramGroup.ADMINS;
import static org.reversementoring.identity.ProgramGroup.COORDINATORS;
import static org.reversementoring.identity.ProgramGroup.MENTEES;
import static org.reversementoring.identity.ProgramGroup.MENTORS;
import static org.reversementoring.identity.ProgramGroup.PROCESS_OWNERS;
import static org.reversementoring.identity.ProgramGroup.PROGRAM_ORGANIZERS;
import static org.reversementoring.identity.ProgramGroup.TRAINING_SUPERVISORS;

import org.reversementoring.common.Language;

/**
 * The demo profile's accounts, documented in the README; each password is {@code <id>-demo}.
 * Each participant role has a German- and an English-speaking person.
 * The admin is created by the Camunda starter from {@code camunda.bpm.admin-user} in
 * application-demo.yml (same values) and is listed here so the prod guard checks it too.
 */
public enum DemoUser {
  ADMIN("admin", "Ada", "Admin", "admin@example.com", ADMINS, EN),
  CARLA("carla", "Carla", "Becker", "carla.becker@example.com", COORDINATORS, EN),
  OTTO("otto", "Otto", "Hartmann", "otto.hartmann@example.com", PROCESS_OWNERS, EN),
  TINA("tina", "Tina", "Kramer", "tina.kramer@example.com", ACADEMY_TRAINERS, EN),
  SVEN("sven", "Sven", "Vogel", "sven.vogel@example.com", TRAINING_SUPERVISORS, DE),
  GRACE("grace", "Grace", "Miller", "grace.miller@example.com", TRAINING_SUPERVISORS, EN),
  PAULA("paula", "Paula", "Schulz", "paula.schulz@example.com", PROGRAM_ORGANIZERS, EN),
  LENA("lena", "Lena", "Fischer", "lena.fischer@example.com", MENTORS, DE),
  ZOE("zoe", "Zoë", "Łukasiewicz-Müller", "zoe.lukasiewicz-mueller@example.com", MENTORS, EN),
  MARC("marc", "Marc", "Weber", "marc.weber@example.com", MENTEES, DE),
  INES("ines", "Ines", "Braun", "ines.braun@example.com", MENTEES, EN);

  private final String id;
  private final String firstName;
  private final String lastName;
  private final String email;
  private final ProgramGroup group;
  private final Language language;

  DemoUser(String id, String firstName, String lastName, String email, ProgramGroup group, Language language) {
    this.id = id;
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.group = group;
    this.language = language;
  }

  public String id() {
    return id;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String email() {
    return email;
  }

  public ProgramGroup group() {
    return group;
  }

  /** The language their pages and mails start in; participants' records and their own choice take over. */
  public Language language() {
    return language;
  }

  public String password() {
    return id + "-demo";
  }

  static boolean isDemoPassword(String password) {
    for (DemoUser user : values()) {
      if (user.password().equals(password)) {
        return true;
      }
    }
    return false;
  }
}
