package org.reversementoring.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;

/** A case's label comes from the capability whose number it is; the others are not asked. */
class TaskEntriesTest {

  private final List<String> asked = new ArrayList<>();

  @Test
  void asksOnlyTheCapabilityThatIssuedTheNumber() {
    TaskEntries entries = entries(capability("RMA", "Zoë Łukasiewicz-Müller · Aftersales"),
        capability("RME", "Dr. Jonas Wagner · Finance"));

    assertThat(entries.labelOf("RME-2026-0007")).contains("Dr. Jonas Wagner · Finance");
    assertThat(asked).containsExactly("RME");
  }

  @Test
  void aNumberNoCapabilityIssuedHasNoLabel() {
    TaskEntries entries = entries(capability("RMA", "Zoë Łukasiewicz-Müller · Aftersales"));

    assertThat(entries.labelOf("RMAX-2026-0001")).isEmpty();
    assertThat(entries.labelOf(null)).isEmpty();
    assertThat(asked).isEmpty();
  }

  private CaseLabels capability(String prefix, String label) {
    return new CaseLabels() {
      @Override
      public String numberPrefix() {
        return prefix;
      }

      @Override
      public Optional<String> labelOf(String caseNumber) {
        asked.add(prefix);
        return Optional.of(label);
      }
    };
  }

  private static TaskEntries entries(CaseLabels... capabilities) {
    StaticApplicationContext context = new StaticApplicationContext();
    for (int i = 0; i < capabilities.length; i++) {
      context.getBeanFactory().registerSingleton("labels" + i, capabilities[i]);
    }
    return new TaskEntries(new DueDateRules(), context.getBeanProvider(CaseLabels.class),
        Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Berlin")));
  }
}
