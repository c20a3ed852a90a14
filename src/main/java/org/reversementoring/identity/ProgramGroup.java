package org.reversementoring.identity;

/** The Camunda groups of the program (see the product brief's actor table). */
public enum ProgramGroup {
  COORDINATORS("coordinators", "Program office"),
  PROGRAM_ORGANIZERS("program-organizers", "Program organizers"),
  PROCESS_OWNERS("process-owners", "Process owners"),
  ACADEMY_TRAINERS("academy-trainers", "Academy trainers"),
  TRAINING_SUPERVISORS("training-supervisors", "Training supervisors"),
  MENTORS("mentors", "Mentors (apprentices)"),
  MENTEES("mentees", "Mentees (executives)"),
  ADMINS("camunda-admin", "Operations");

  private final String id;
  private final String displayName;

  ProgramGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }
}
