package org.reversementoring.security;

import org.springframework.security.core.AuthenticationException;

/** This client address tried too many wrong passwords; answered with 429 and Retry-After. */
class TooManyFailedLoginsException extends AuthenticationException {

  private final long retryAfterSeconds;

  TooManyFailedLoginsException(long retryAfterSeconds) {
    super("Too many failed logins from this address; try again later");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
