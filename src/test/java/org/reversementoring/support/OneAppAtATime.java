package org.reversementoring.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * Closes the previous test class's Spring context before a class with another configuration
 * starts its own, so that at most one app lives in the test JVM. Two would share Camunda's
 * JVM-wide engine registry: the REST API finds its engine there by the name "default", and the
 * old app, closing after the new one had started, would remove the new one's entry. The context
 * cache alone ({@code spring.test.context.cache.maxSize=1} in {@code spring.properties}) closes
 * the old context only after the new one has started. {@link ContextGroupedClassOrder} runs the
 * classes of one configuration one after the other, so each configuration starts once.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class OneAppAtATime implements TestExecutionListener, Ordered {

  private static final Map<Class<?>, MergedContextConfiguration> CONFIGURATIONS = new ConcurrentHashMap<>();
  private static MergedContextConfiguration current;

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    closeOthers(testContext);
  }

  /** Before the context is first needed: with {@code @TestInstance(PER_CLASS)} that is before the class starts. */
  @Override
  public void prepareTestInstance(TestContext testContext) {
    closeOthers(testContext);
  }

  private static void closeOthers(TestContext testContext) {
    MergedContextConfiguration next = configurationOf(testContext.getTestClass());
    synchronized (OneAppAtATime.class) {
      if (current != null && !current.equals(next)) {
        DefaultCacheAwareContextLoaderDelegate contexts = new DefaultCacheAwareContextLoaderDelegate();
        if (contexts.isContextLoaded(current)) {
          contexts.closeContext(current, HierarchyMode.EXHAUSTIVE);
        }
      }
      current = next;
    }
  }

  /** The configuration a test class's context is cached under: classes with equal ones share a context. */
  static MergedContextConfiguration configurationOf(Class<?> testClass) {
    return CONFIGURATIONS.computeIfAbsent(testClass,
        type -> BootstrapUtils.resolveTestContextBootstrapper(type).buildMergedContextConfiguration());
  }
}
