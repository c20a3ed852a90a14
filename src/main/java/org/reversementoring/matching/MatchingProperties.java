package org.reversementoring.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reverse-mentoring.matching}; without settings the defaults of
 * {@link MatchingRules#defaults()} apply.
 *
 * <pre>
 * reverse-mentoring:
 *   matching:
 *     minimum-generation-gap: 15
 *     topic-weight: 0.5
 *     language-weight: 0.2
 *     location-weight: 0.15
 *     availability-weight: 0.15
 *     org-chart: /data/hr/reporting-lines.csv   # optional, see {@link OrgChart}
 * </pre>
 */
@ConfigurationProperties("reverse-mentoring.matching")
public record MatchingProperties(
    @DefaultValue("15") int minimumGenerationGap,
    @DefaultValue("0.5") double topicWeight,
    @DefaultValue("0.2") double languageWeight,
    @DefaultValue("0.15") double locationWeight,
    @DefaultValue("0.15") double availabilityWeight,
    java.nio.file.Path orgChart) {

  public MatchingProperties {
    rules(minimumGenerationGap, topicWeight, languageWeight, locationWeight, availabilityWeight);
  }

  /** The reporting lines, read anew for every matching run; empty when none is configured. */
  public OrgChart reportingLines() {
    return orgChart == null ? OrgChart.empty() : OrgChart.fromFile(orgChart);
  }

  public MatchingRules rules() {
    return rules(minimumGenerationGap, topicWeight, languageWeight, locationWeight, availabilityWeight);
  }

  /** Refuses a bad configuration at startup, with the rules' own message. */
  private static MatchingRules rules(int gap, double topic, double language, double location, double availability) {
    return new MatchingRules(gap, topic, language, location, availability);
  }
}
