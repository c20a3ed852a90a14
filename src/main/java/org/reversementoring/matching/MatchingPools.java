package org.reversementoring.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reversementoring.enrollment.Mentee;
import org.reversementoring.enrollment.MenteeService;
import org.reversementoring.recruitment.QualifiedMentor;
import org.reversementoring.recruitment.QualifiedMentors;
import org.reversementoring.tandem.TandemService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads the current pool: qualified mentors minus places taken by running tandems, and the waitlist. */
@Service
@Transactional(readOnly = true)
public class MatchingPools {

  private final QualifiedMentors qualifiedMentors;
  private final MenteeService mentees;
  private final TandemService tandems;

  private final MatchingProperties properties;

  public MatchingPools(QualifiedMentors qualifiedMentors, MenteeService mentees, TandemService tandems,
      MatchingProperties properties) {
    this.qualifiedMentors = qualifiedMentors;
    this.mentees = mentees;
    this.tandems = tandems;
    this.properties = properties;
  }

  // in a read-only transaction of its own: the entities of every former mentor it reads stay out
  // of the caller's persistence context, which Hibernate checks before each later query of the
  // caller (forming a cohort's tandems runs one per tandem: slower with every former mentor)
  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  public MatchingPool load() {
    OrgChart reportingLines = properties.reportingLines();
    List<Mentee> waiting = mentees.waitlist();
    Map<String, Set<Long>> waitingIdsByEmail = new HashMap<>();
    List<MenteeCandidate> menteeCandidates = new ArrayList<>();
    Map<Long, MatchingPool.Person> menteePeople = new HashMap<>();
    for (Mentee mentee : waiting) {
      waitingIdsByEmail.computeIfAbsent(mentee.getEmail(), e -> new HashSet<>()).add(mentee.getId());
      menteeCandidates.add(new MenteeCandidate(mentee.getId(), mentee.getEmail(), mentee.getDepartment(),
          mentee.getBirthYear(), mentee.getTopicCodes(), mentee.getLanguage(),
          mentee.getLocation(), Set.copyOf(mentee.getAvailability()), Set.copyOf(mentee.getExclusions()),
          reportingLines.chainOf(mentee.getEmail())));
      menteePeople.put(mentee.getId(), new MatchingPool.Person(mentee.getId(), mentee.getFullName(),
          mentee.getEmail(), mentee.getNumber(), mentee.getDepartment(), mentee.getLocation()));
    }

    List<QualifiedMentor> qualified = qualifiedMentors.all();
    Map<Long, Integer> running = tandems.runningTandemsPerMentor();
    Map<Long, Set<Long>> pairedBefore = tandems.menteesPairedWith(qualified.stream().map(QualifiedMentor::id).toList());
    Map<Long, String> previousMenteeEmails = mentees.emailsOf(
        pairedBefore.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
    List<MentorCandidate> mentorCandidates = new ArrayList<>();
    Map<Long, MatchingPool.Person> mentorPeople = new HashMap<>();
    for (QualifiedMentor mentor : qualified) {
      int free = Math.min(mentor.capacity() - running.getOrDefault(mentor.id(), 0), MentorCandidate.MAX_CAPACITY);
      if (free <= 0) {
        continue;
      }
      // a person enrols anew with a new mentee id: "paired before" compares people, not enrollments
      Set<Long> previous = pairedBefore.getOrDefault(mentor.id(), Set.of()).stream()
          .map(previousMenteeEmails::get)
          .flatMap(email -> waitingIdsByEmail.getOrDefault(email, Set.of()).stream())
          .collect(Collectors.toSet());
      mentorCandidates.add(new MentorCandidate(mentor.id(), mentor.email(), mentor.department(),
          mentor.birthYear(), mentor.topics(), mentor.language(), mentor.location(),
          Set.copyOf(mentor.availability()), mentor.supervisorEmail(), free, previous));
      mentorPeople.put(mentor.id(), new MatchingPool.Person(mentor.id(), mentor.fullName(), mentor.email(),
          null, mentor.department(), mentor.location()));
    }
    return new MatchingPool(mentorCandidates, menteeCandidates, mentorPeople, menteePeople);
  }
}
