package org.reversementoring.content;

import org.springframework.stereotype.Service;

/**
 * Changes to the Academy module list. A change reaches cohorts planned afterwards; planned cohorts
 * keep their modules and dates.
 */
@Service
public class ModuleEditing extends CatalogueEditing<CatalogueModule, ModuleInput> {

  ModuleEditing(CatalogueModuleRepository modules, ContentHistory history) {
    super(new Setup<>(ContentKind.MODULE, CatalogueModule.KEY_FIELD, CatalogueModule::new,
        "'%s' is already a module", "no module '%s' in the Academy's list"), modules, history);
  }
}
