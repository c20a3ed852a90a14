package org.reversementoring.content;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.reversementoring.identity.ProgramGroup;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The news and questions every participant's program page shows. */
@Service
@Transactional(readOnly = true)
public class ProgramNotices {

  /** How many news items a program page shows, newest first. */
  public static final int NEWS_SHOWN = 5;

  private final NewsItemRepository news;
  private final FaqEntryRepository faq;

  ProgramNotices(NewsItemRepository news, FaqEntryRepository faq) {
    this.news = news;
    this.faq = faq;
  }

  /** Who run the program day to day: they keep its content and follow up on missing answers. */
  private static final Set<String> ORGANIZERS = Set.of(ProgramGroup.COORDINATORS.id(),
      ProgramGroup.PROGRAM_ORGANIZERS.id());

  /**
   * What a program page shows of the content: the latest news, the questions and the ways to the
   * content page (for those who keep it and for process owners, who read it and its history) and
   * to the follow-up view (for those who keep it).
   */
  public record ProgramPage(List<NewsItem> news, List<FaqEntry> faq, boolean contentLink, boolean followUpLink) {
  }

  /** The program page's content for a person in these groups. */
  public ProgramPage page(Collection<String> groupIds) {
    Collection<String> groups = groupIds == null ? List.of() : groupIds;
    boolean organizer = groups.stream().anyMatch(ORGANIZERS::contains);
    return new ProgramPage(news.findByOrderByPublishedAtDescIdDesc(PageRequest.of(0, NEWS_SHOWN)), faq(),
        organizer || groups.contains(ProgramGroup.PROCESS_OWNERS.id()), organizer);
  }

  /** Every news item, newest first, for the people who keep them. */
  public List<NewsItem> allNews() {
    return news.findByOrderByPublishedAtDescIdDesc(PageRequest.of(0, Integer.MAX_VALUE));
  }

  public List<FaqEntry> faq() {
    return faq.findAllByOrderBySortOrderAscIdAsc();
  }
}
