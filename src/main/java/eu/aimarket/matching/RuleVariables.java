package eu.aimarket.matching;

import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.PolicyVariables;
import java.util.Map;
import java.util.TreeSet;

/** The CEL {@code buyer} and {@code requirement} variables of a ranking, from the requirement. */
final class RuleVariables {

  private RuleVariables() {}

  static Map<String, Object> buyer(RequirementView requirement) {
    return PolicyVariables.buyer(
        requirement.buyer().id(),
        requirement.buyer().name(),
        requirement.buyer().country(),
        requirement.buyerType() == BuyerType.PUBLIC_SECTOR);
  }

  static Map<String, Object> requirement(RequirementView requirement) {
    TreeSet<String> languages = new TreeSet<>(requirement.mustHaves().languages());
    languages.addAll(requirement.niceToHaves().languages());
    return PolicyVariables.requirement(
        requirement.id(),
        requirement.title(),
        requirement.category().name(),
        requirement.dataSensitivity().name(),
        requirement.buyerType().name(),
        languages,
        requirement.budgetMaxEur());
  }
}
