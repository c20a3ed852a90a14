package org.reversementoring.content;

import java.time.Clock;
import org.springframework.stereotype.Service;

/** Changes to the program news. */
@Service
public class NewsEditing extends NoticeEditing<NewsItem> {

  NewsEditing(NewsItemRepository news, ContentHistory history, Clock clock) {
    super(ContentKind.NEWS, "news item", news, () -> new NewsItem(clock.instant()), (input, checks, ownId) -> {
      Wording text = input.text(checks);
      return item -> item.write(text);
    }, history);
  }
}
