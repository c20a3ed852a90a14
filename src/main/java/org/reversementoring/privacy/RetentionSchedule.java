package org.reversementoring.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly clean-up of personal data past its retention period. */
@Component
class RetentionSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

  private final PersonalDataErasure erasure;

  RetentionSchedule(PersonalDataErasure erasure) {
    this.erasure = erasure;
  }

  @Scheduled(cron = "${reverse-mentoring.retention.cron:0 30 2 * * *}")
  void eraseExpired() {
    int erased = erasure.eraseExpired();
    if (erased > 0) {
      LOG.info("Retention: erased the personal data of {} people with closed cases", erased);
    }
  }
}
