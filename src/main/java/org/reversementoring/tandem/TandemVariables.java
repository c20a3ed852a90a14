package org.reversementoring.tandem;

/** Process variables of {@code tandem-lifecycle}, one place for delegates, forms and tests. */
public final class TandemVariables {

  public static final String PROCESS_KEY = "tandem-lifecycle";

  // set by tandem-matching when it starts the instance; the business key is the tandem number
  /** Long: id of the tandem record. */
  public static final String TANDEM_ID = "tandemId";

  private TandemVariables() {
  }
}
