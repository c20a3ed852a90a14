package org.reversementoring.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reversementoring.identity.Participant;
import org.reversementoring.identity.PasswordRules;

class PasswordRulesTest {

  private static final Participant ZOE = new Participant("zoe", "zoe.lukasiewicz-mueller@example.com", "Zoë", "Łukasiewicz-Müller");

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      aaaaaaaaaa                    | password: must not be a run or sequence of characters
      ababababab                    | password: must not be a run or sequence of characters
      0123456789                    | password: must not be a run or sequence of characters
      1234567890                    | password: is too easy to guess: do not use your user name, your email or a common password
      abcdefghijk                   | password: must not be a run or sequence of characters
      short                         | password: must be at least 10 characters long
      Passwort123                   | password: is too easy to guess: do not use your user name, your email or a common password
      qwertzuiop!                   | password: is too easy to guess: do not use your user name, your email or a common password
      my name is Zoe and I          | password: is too easy to guess: do not use your user name, your email or a common password
      zoe.lukasiewicz-mueller       | password: is too easy to guess: do not use your user name, your email or a common password
      """)
  void refusesGuessablePasswords(String password, String refusal) {
    assertThat(PasswordRules.check(password, password, ZOE)).extracting(Object::toString).containsExactly(refusal);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Kaffee mit Milch am Morgen
      Łódź-Tram 7 fährt
      correct horse battery staple
      """)
  void acceptsPassphrases(String password) {
    assertThat(PasswordRules.check(password, password, ZOE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Kaffee mit Milch am Morgen | Kaffee mit Milch am Abend | passwordConfirmation: must repeat the password exactly
      """)
  void asksForTheSamePasswordTwice(String password, String confirmation, String refusal) {
    assertThat(PasswordRules.check(password, confirmation, ZOE)).extracting(Object::toString).containsExactly(refusal);
  }
}
