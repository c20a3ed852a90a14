package org.reversementoring.content;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the Academy module list, checked and recorded like the topics' ({@link TopicEditing}).
 * A change reaches cohorts planned afterwards; planned cohorts keep their modules and dates.
 */
@Service
@Transactional
public class ModuleEditing {

  private final CatalogueModuleRepository modules;
  private final ContentHistory history;
  private final Retirements retirements;

  ModuleEditing(CatalogueModuleRepository modules, ContentHistory history, Retirements retirements) {
    this.modules = modules;
    this.history = history;
    this.retirements = retirements;
  }

  public CatalogueModule add(String userId, ModuleInput input) {
    Checks checks = new Checks();
    String key = checks.code("key", input.key());
    Wording names = input.names(checks);
    Integer minutes = input.duration(checks);
    if (key != null && modules.existsById(key)) {
      checks.refuse("key", "'" + key + "' is already a module");
    }
    checks.uniqueNames(names, null, modules.findAll());
    checks.refuseIfAny();
    CatalogueModule module = new CatalogueModule(key, modules.lastSortOrder() + 1);
    module.describe(names, minutes);
    modules.save(module);
    history.record(userId, ContentKind.MODULE, key, ContentAction.ADDED, null, module.state());
    return module;
  }

  public CatalogueModule change(String userId, String key, ModuleInput input) {
    CatalogueModule module = existing(key);
    Checks checks = new Checks();
    Wording names = input.names(checks);
    Integer minutes = input.duration(checks);
    checks.uniqueNames(names, key, modules.findAll());
    checks.refuseIfAny();
    Map<String, Object> before = module.state();
    module.describe(names, minutes);
    history.record(userId, ContentKind.MODULE, key, ContentAction.CHANGED, before, module.state());
    return module;
  }

  public CatalogueModule retire(String userId, String key) {
    return retirements.set(userId, ContentKind.MODULE, "key", existing(key), true, modules.findAll());
  }

  public CatalogueModule reinstate(String userId, String key) {
    return retirements.set(userId, ContentKind.MODULE, "key", existing(key), false, modules.findAll());
  }

  private CatalogueModule existing(String key) {
    return modules.findById(key == null ? "" : key)
        .orElseThrow(() -> Checks.refusal("key", "no module '" + key + "' in the Academy's list"));
  }
}
