package org.reversementoring.content;

import java.util.List;
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

  public List<NewsItem> latestNews() {
    return news.findByOrderByPublishedAtDescIdDesc(PageRequest.of(0, NEWS_SHOWN));
  }

  /** Every news item, newest first, for the people who keep them. */
  public List<NewsItem> allNews() {
    return news.findByOrderByPublishedAtDescIdDesc(PageRequest.of(0, Integer.MAX_VALUE));
  }

  public List<FaqEntry> faq() {
    return faq.findAllByOrderBySortOrderAscIdAsc();
  }
}
