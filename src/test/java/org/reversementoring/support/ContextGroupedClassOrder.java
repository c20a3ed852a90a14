package org.reversementoring.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Orders test classes so that each Spring configuration starts its app once: first the classes
 * without Spring (process models, units, apps started by hand), then the Spring classes grouped
 * by their configuration (the key of Spring's context cache), the groups and the classes in a
 * group by name. With {@code -Dtest.class-order.seed=N} the classes of each group run in a
 * random order (seeded): a way to check that no class depends on another's leftovers.
 */
public class ContextGroupedClassOrder implements ClassOrderer {

  private static final Object NO_SPRING = new Object();

  @Override
  public void orderClasses(ClassOrdererContext context) {
    List<? extends ClassDescriptor> classes = context.getClassDescriptors();
    Map<Object, List<ClassDescriptor>> groups = new LinkedHashMap<>();
    classes.stream().sorted(Comparator.comparing((ClassDescriptor c) -> c.getTestClass().getSimpleName())
        .thenComparing(c -> c.getTestClass().getName()))
        .forEach(descriptor -> groups.computeIfAbsent(groupOf(descriptor.getTestClass()), key -> new ArrayList<>())
            .add(descriptor));
    String seed = System.getProperty("test.class-order.seed", "");
    if (!seed.isBlank()) {
      // qualified: ClassOrderer.Random, inherited, would be meant otherwise
      java.util.Random random = new java.util.Random(Long.parseLong(seed.trim()));
      groups.values().forEach(group -> Collections.shuffle(group, random));
    }
    List<Object> order = new ArrayList<>(groups.keySet());
    order.sort(Comparator.comparing(key -> key == NO_SPRING ? 0 : 1));
    Map<ClassDescriptor, Integer> position = new HashMap<>();
    for (Object key : order) {
      for (ClassDescriptor descriptor : groups.get(key)) {
        position.put(descriptor, position.size());
      }
    }
    classes.sort(Comparator.comparing(position::get));
  }

  /** The configuration the class's Spring context is cached under, or NO_SPRING. */
  private static Object groupOf(Class<?> testClass) {
    boolean spring = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).stream(ExtendWith.class)
        .anyMatch(extendWith -> Arrays.asList(extendWith.getClassArray("value")).contains(SpringExtension.class));
    if (!spring) {
      return NO_SPRING;
    }
    try {
      return OneAppAtATime.configurationOf(testClass);
    } catch (RuntimeException | LinkageError e) {
      // Spring will report what is wrong with this class when it runs; alone, it harms no group
      return testClass;
    }
  }
}
