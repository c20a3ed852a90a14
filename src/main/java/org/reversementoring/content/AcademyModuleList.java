package org.reversementoring.content;

import java.util.List;
import java.util.Optional;
import org.reversementoring.common.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Academy's modules as the program keeps them, read at every use. */
@Service
@Transactional(readOnly = true)
public class AcademyModuleList {

  private final CatalogueModuleRepository modules;

  AcademyModuleList(CatalogueModuleRepository modules) {
    this.modules = modules;
  }

  /** Every module, retired ones too, in their order. */
  public List<CatalogueModule> all() {
    return modules.findAllByOrderBySortOrderAsc();
  }

  /** The modules a new cohort teaches, in the order they are held. */
  public List<CatalogueModule> offered() {
    return all().stream().filter(module -> !module.isRetired()).toList();
  }

  public Optional<CatalogueModule> find(String key) {
    return key == null ? Optional.empty() : modules.findById(key);
  }

  /** A module's name, retired ones too; an unknown key stays as it is. */
  public String name(String key, Language language) {
    return find(key).map(module -> module.name(language)).orElse(key);
  }
}
