package org.reversementoring.academy;

import java.util.List;
import org.reversementoring.common.Language;
import org.reversementoring.content.AcademyModuleList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Academy's modules as the program keeps them (the content page, {@link AcademyModuleList}):
 * a new cohort teaches the offered ones in their order; names are read at every use, so a renamed
 * module reads the same in every later mail, and a retired one keeps its name in old records.
 */
@Service
public class AcademyModules {

  private final AcademyModuleList list;
  private final AcademyCohortRepository cohorts;

  public AcademyModules(AcademyModuleList list, AcademyCohortRepository cohorts) {
    this.list = list;
    this.cohorts = cohorts;
  }

  /** The modules a cohort planned now teaches, in the order they are held. */
  public List<AcademyModule> offered() {
    return list.offered().stream()
        .map(module -> new AcademyModule(module.getKey(), module.getNameEn(), module.duration()))
        .toList();
  }

  /** What participants and trainers read for a module: its name in English, else its key. */
  public String moduleName(String key) {
    return moduleName(key, Language.EN);
  }

  public String moduleName(String key, Language language) {
    return list.name(key, language);
  }

  /** The names of a cohort's modules, in the order they were held (a certificate lists them). */
  public List<String> namesOf(AcademyCohort cohort, Language language) {
    return cohort.getModules().stream().map(module -> moduleName(module.getModuleKey(), language)).toList();
  }

  @Transactional(readOnly = true)
  public List<String> namesOf(String cohortName, Language language) {
    return cohorts.findByNameIgnoreCase(cohortName).map(cohort -> namesOf(cohort, language)).orElse(List.of());
  }
}
