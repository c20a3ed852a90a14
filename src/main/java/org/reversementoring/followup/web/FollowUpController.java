package org.reversementoring.followup.web;

import java.time.Clock;
import java.time.Duration;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.followup.MissingAnswers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The follow-up view for program organizers and coordinators (the gate lets nobody else in): who
 * has not answered yet, across all tandems, in the reader's language.
 */
@Controller
class FollowUpController {

  private final MissingAnswers missing;
  private final Clock clock;

  FollowUpController(MissingAnswers missing, Clock clock) {
    this.missing = missing;
    this.clock = clock;
  }

  @GetMapping(ProgramProperties.FOLLOW_UP_PATH)
  String page(Model model) {
    model.addAttribute("missing", missing.all().stream()
        .map(answer -> new Row(answer, Duration.between(answer.since(), clock.instant()).toDays())).toList());
    model.addAttribute("zone", clock.getZone());
    return "follow-up";
  }

  /** One missing answer and the whole days it has waited. */
  record Row(MissingAnswers.Missing answer, long days) {
  }
}
