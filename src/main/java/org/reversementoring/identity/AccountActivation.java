package org.reversementoring.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.reversementoring.common.FieldError;
import org.reversementoring.common.Language;
import org.reversementoring.common.PersonLanguages;
import org.reversementoring.common.ProgramProperties;
import org.reversementoring.common.RejectedInputException;
import org.reversementoring.notification.Addressee;
import org.reversementoring.notification.MailMessage;
import org.reversementoring.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Activation links: how a participant whose account was created by a process (no password)
 * sets a password. A link carries 32 random bytes; only their SHA-256 hash is stored. It works
 * for {@link #VALIDITY} by the engine's clock and once: using any link of an account deletes
 * every link of that account. Accounts are reached only through {@link ParticipantDirectory}.
 */
@Service
public class AccountActivation {

  public static final Duration VALIDITY = Duration.ofDays(7);
  /** Links requested for one account within an hour, at most; more requests send nothing. */
  static final int MAX_LINKS_PER_HOUR = 5;

  static final String MAIL_TEMPLATE = "account-activation";
  private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Logger LOG = LoggerFactory.getLogger(AccountActivation.class);

  private final ParticipantDirectory participants;
  private final ActivationTokenRepository tokens;
  private final Mailer mailer;
  private final ProgramProperties properties;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private final SecureRandom random = new SecureRandom();
  /** False with company single sign-on (profile oidc): nobody sets a program password by link. */
  private final boolean linksSent;
  /** Looked up when used: the person's language depends on the program's records, which need the accounts. */
  private final ObjectProvider<PersonLanguages> languages;

  public AccountActivation(ParticipantDirectory participants, ActivationTokenRepository tokens,
      Mailer mailer, ProgramProperties properties, Clock clock,
      PlatformTransactionManager transactionManager,
      @Value("${reverse-mentoring.activation.links:true}") boolean linksSent,
      ObjectProvider<PersonLanguages> languages) {
    this.linksSent = linksSent;
    this.languages = languages;
    this.participants = participants;
    this.tokens = tokens;
    this.mailer = mailer;
    this.properties = properties;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * A fresh activation link for the person with this email, or empty when they have no account
   * or their account has a password already. The link is stored in its own transaction: once a
   * mail carrying it has left, a rollback of the sending step must not take it back.
   */
  public Optional<String> activationUrlFor(String email) {
    if (!linksSent) {
      return Optional.empty();
    }
    return participants.findAwaitingActivation(email).map(participant -> linkFor(issue(participant.userId())));
  }

  /** The account a link would activate, if the link is still usable. Changes nothing. */
  @Transactional(readOnly = true)
  public Optional<Participant> accountFor(String token) {
    return validToken(token)
        .flatMap(valid -> participants.findById(valid.getUserId()))
        .filter(participant -> !participants.hasPassword(participant.userId()));
  }

  /**
   * Sets the password of the account the link belongs to and invalidates every link of that
   * account. A refusal names the fields ({@code token}, {@code password}, {@code
   * passwordConfirmation}) and changes nothing, so the link still works afterwards.
   */
  @Transactional
  public Participant activate(String token, String password, String passwordConfirmation) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Participant> account = accountFor(token);
    if (account.isEmpty()) {
      errors.add(invalidToken());
    }
    errors.addAll(PasswordRules.check(password, passwordConfirmation, account.orElse(null)));
    if (!errors.isEmpty()) {
      throw new RejectedInputException(errors);
    }
    // deleting the row is what makes a link single-use, also against a concurrent second use
    if (tokens.consume(hash(token), clock.instant()) != 1) {
      throw new RejectedInputException(List.of(invalidToken()));
    }
    Participant participant = account.get();
    tokens.deleteAllOf(participant.userId());
    participants.setPassword(participant.userId(), password);
    return participant;
  }

  /**
   * Mails a new activation link if a participant with this email has no password yet, and
   * otherwise does nothing, so that the answer never tells whether an account exists. A mail
   * failure is logged, not thrown, for the same reason. The mail is in the language the person
   * reads ({@link PersonLanguages}), in {@code pageLanguage} only while none is known.
   */
  public void requestNewLink(String email, Language pageLanguage) {
    Optional<Participant> found = linksSent ? participants.findAwaitingActivation(email) : Optional.empty();
    if (found.isEmpty()) {
      return;
    }
    Participant participant = found.get();
    Language language = languages.getObject().of(participant.userId()).orElse(pageLanguage);
    if (tokens.countByUserIdAndCreatedAtAfter(participant.userId(),
        clock.instant().minus(Duration.ofHours(1))) >= MAX_LINKS_PER_HOUR) {
      LOG.info("Activation link for {} not sent: {} links within the last hour", participant.userId(),
          MAX_LINKS_PER_HOUR);
      return;
    }
    String link = linkFor(issue(participant.userId()));
    MailMessage mail = MailMessage.builder(MAIL_TEMPLATE + "/" + participant.userId() + "/" + UUID.randomUUID(),
            MAIL_TEMPLATE)
        .to(Addressee.named(participant.email(), greetingName(participant, language), language))
        .args(participant.userId(), VALIDITY.toDays())
        .personalAction(link)
        .build();
    try {
      mailer.send(mail);
    } catch (MailException e) {
      LOG.warn("Activation link for {} could not be sent: {}", participant.userId(), e.getMessage());
    }
  }

  /** Deletes every link of an account, e.g. when the account is erased. */
  @Transactional
  public void forget(String userId) {
    tokens.deleteAllOf(userId);
  }

  /** Nightly: links that expired are of no use to anyone. */
  @Scheduled(cron = "${reverse-mentoring.activation.purge-cron:0 45 3 * * *}")
  public void purgeExpired() {
    ownTransaction.executeWithoutResult(status -> tokens.deleteExpired(clock.instant()));
  }

  private String issue(String userId) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    ownTransaction.executeWithoutResult(status -> {
      tokens.deleteExpiredOf(userId, now);
      tokens.save(new ActivationToken(hash(token), userId, now, now.plus(VALIDITY)));
    });
    return token;
  }

  private Optional<ActivationToken> validToken(String token) {
    if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
      return Optional.empty();
    }
    return tokens.findByTokenHash(hash(token)).filter(stored -> stored.isValidAt(clock.instant()));
  }

  private String linkFor(String token) {
    return properties.url("/activate?token=" + token);
  }

  private static FieldError invalidToken() {
    return new FieldError("token", "this link is no longer valid (used, expired or unknown); request a new one");
  }

  private static String greetingName(Participant participant, Language language) {
    if (!participant.firstName().isBlank()) {
      return participant.firstName();
    }
    return language.colleague();
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
