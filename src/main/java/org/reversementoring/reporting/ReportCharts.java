package org.reversementoring.reporting;

import java.util.ArrayList;
import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.content.TopicNames;
import org.reversementoring.reporting.ProgramReport.Average;
import org.reversementoring.reporting.ProgramReport.Count;

/**
 * Horizontal bar charts drawn as inline SVG on the server: the page needs no script and no
 * network. The template draws each bar at the coordinates computed here; labels are text
 * nodes, so Thymeleaf escapes them like any other text. Titles, steps and topics are in the
 * reader's language.
 */
public final class ReportCharts {

  static final int LABEL_WIDTH = 220;
  static final int BAR_AREA = 360;
  static final int ROW_HEIGHT = 28;
  static final int BAR_HEIGHT = 18;

  /** One bar: its label, the value as printed, the bar's length in pixels and its row's top. */
  public record Bar(String label, String value, int length, int y) {
  }

  public record Chart(String title, List<Bar> bars, int width, int height) {

    public boolean isEmpty() {
      return bars.isEmpty();
    }
  }

  /** The report's words in the reader's language: {@code report.<key>} from messages/documents. */
  @FunctionalInterface
  interface Words {
    String of(String key);
  }

  private ReportCharts() {
  }

  /** Average session rating by topic on a fixed 0–5 scale. */
  static Chart ratingsByTopic(List<Average> averages, Language language, Words words, TopicNames topics) {
    List<Bar> bars = new ArrayList<>();
    for (Average a : averages) {
      String label = topics.name(a.key(), language);
      bars.add(new Bar(label, ReportFigures.decimals(a.average(), 2) + " (" + a.count() + ")",
          (int) Math.round(a.average() / 5.0 * BAR_AREA), bars.size() * ROW_HEIGHT));
    }
    return chart(words.of("chart.topics"), bars);
  }

  /** The mentors' funnel, each step as long as its share of the first. */
  static Chart funnel(List<Count> steps, Words words) {
    long first = steps.isEmpty() ? 0 : steps.get(0).count();
    List<Bar> bars = new ArrayList<>();
    for (Count step : steps) {
      int length = first == 0 ? 0 : (int) Math.round((double) step.count() / first * BAR_AREA);
      bars.add(new Bar(words.of("funnel." + step.key().replace(' ', '-')), Long.toString(step.count()), length, bars.size() * ROW_HEIGHT));
    }
    return chart(words.of("chart.funnel"), bars);
  }

  private static Chart chart(String title, List<Bar> bars) {
    return new Chart(title, bars, LABEL_WIDTH + BAR_AREA + 90, bars.size() * ROW_HEIGHT + 4);
  }
}
