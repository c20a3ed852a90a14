package org.reversementoring.participant;

import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.reversementoring.common.EmailAddress;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "which language does this person read?", for pages, mails and forms: the
 * language of their apprentice record, else of their latest enrollment as an executive, else
 * the preference stored in their account ({@link Language#USER_INFO_KEY}) (these three are the
 * person's own choice, {@link #chosen}), else a training supervisor's latest apprentice's; staff
 * without any read the browser's. {@link #change} sets it in all three places, so every later
 * mail and page follows it.
 */
@Service
public class PersonLanguage implements PersonLanguages {

  private final JdbcTemplate jdbc;
  private final IdentityService identity;

  PersonLanguage(JdbcTemplate jdbc, IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  @Override
  public Optional<Language> of(String userId) {
    return userId == null ? Optional.empty()
        : chosen(userId).or(() -> supervisedApprenticesLanguage(userId).flatMap(PersonLanguage::language));
  }

  @Override
  public Optional<Language> chosen(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return first("select language from mentor where user_id = ?", userId)
        .or(() -> first("select language from mentee where user_id = ? order by registered_at desc", userId))
        .or(() -> Optional.ofNullable(identity.getUserInfo(userId, Language.USER_INFO_KEY)))
        .flatMap(PersonLanguage::language);
  }

  private static Optional<Language> language(String code) {
    return Language.byCode(code.toLowerCase(Locale.ROOT));
  }

  /** What the person reads; English when nothing says otherwise. */
  public Language preferred(String userId) {
    return of(userId).orElse(Language.EN);
  }

  /** The person's choice, for their records and their account. */
  @Transactional
  public void change(String userId, Language language) {
    // the apprentice's record keeps the enum's name (DE), the executive's the code (de), as their entities do
    jdbc.update("update mentor set language = ?, version = version + 1 where user_id = ?", language.name(), userId);
    jdbc.update("update mentee set language = ?, version = version + 1 where user_id = ?", language.code(), userId);
    identity.setUserInfo(userId, Language.USER_INFO_KEY, language.code());
  }

  private Optional<String> supervisedApprenticesLanguage(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null || user.getEmail() == null ? Optional.empty()
        : first("select language from mentor where supervisor_email = ? order by id desc",
            EmailAddress.normalized(user.getEmail()));
  }

  private Optional<String> first(String query, String userId) {
    return jdbc.queryForList(query, String.class, userId).stream().findFirst();
  }
}
