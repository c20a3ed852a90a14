package org.reversementoring.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.reversementoring.support.AppTest;

/**
 * The whole app in the demo profile (the default) with its demo users: the one app the app tests
 * share ({@link AppTest}); a test that changes a demo account puts it back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
public @interface IdentityIntegrationTest {
}
