package org.reversementoring;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The rules the layout stands on (README "Layout"): a capability's domain knows nothing of
 * Camunda, the engine is reached only from its {@code process} package, adapters stay thin.
 */
@AnalyzeClasses(packages = "org.reversementoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN_PACKAGES = {
      "org.reversementoring.recruitment", "org.reversementoring.academy",
      "org.reversementoring.enrollment", "org.reversementoring.matching",
      "org.reversementoring.tandem", "org.reversementoring.closing",
      "org.reversementoring.calendar", "org.reversementoring.certificate",
      "org.reversementoring.notification", "org.reversementoring.content", "org.reversementoring.worklist"};

  @ArchTest
  static final ArchRule domainKnowsNothingOfCamunda = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat().resideInAPackage("org.camunda..")
      .because("a capability's rules are plain Java; the engine is reached from its process package");

  @ArchTest
  static final ArchRule engineCallbacksLiveInProcessPackages = classes()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class)
      .or().implement(ExecutionListener.class)
      .should().resideInAPackage("..process..")
      .because("delegates and listeners are the adapters between a model and its capability");

  @ArchTest
  static final ArchRule adaptersGoThroughDomainServices = noClasses()
      .that().resideInAPackage("..process..")
      .should().dependOnClassesThat(assignableTo(Repository.class))
      .because("an adapter reads variables, calls one domain method and writes results");

  @ArchTest
  static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
      .that().resideInAnyPackage(DOMAIN_PACKAGES)
      .should().dependOnClassesThat().resideInAnyPackage("org.reversementoring.*.process..", "org.reversementoring.*.web..")
      .because("the domain is used by its adapters and pages, never the other way round");

  @ArchTest
  static final ArchRule repositoryQueriesAreWrittenOut = methods()
      .that().areDeclaredInClassesThat().areAssignableTo(Repository.class)
      .and().areDeclaredInClassesThat().resideInAPackage("org.reversementoring..")
      .should().beAnnotatedWith(Query.class)
      .because("Hibernate 6.6 translates the criteria query Spring Data derives from a method name at every call, "
          + "while it plans a query string once (README \"Lifecycle benchmark\")");

  @ArchTest
  static final ArchRule capabilitiesFormNoCycles = slices()
      .matching("org.reversementoring.(*)..").should().beFreeOfCycles();
}
