package eu.aimarket.tender;

import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementView;
import java.util.ArrayList;
import java.util.List;

/**
 * One criterion a response gives evidence for: a must-have the requirement sets ({@code must.*}) or
 * a nice-to-have it weights ({@code nice.*}). Keys are stable, so API clients can send evidence by
 * key.
 */
public record Criterion(String key, boolean mustHave) {

  /** The criteria of a requirement: its must-haves that constrain, its weighted nice-to-haves. */
  public static List<Criterion> of(RequirementView requirement) {
    List<Criterion> criteria = new ArrayList<>();
    MustHaves must = requirement.mustHaves();
    if (must.dataLocation() != DataLocation.ANY) {
      criteria.add(new Criterion("must.dataLocation", true));
    }
    if (!must.deploymentModels().isEmpty()) {
      criteria.add(new Criterion("must.deploymentModels", true));
    }
    if (!must.certifications().isEmpty()) {
      criteria.add(new Criterion("must.certifications", true));
    }
    if (must.openWeights()) {
      criteria.add(new Criterion("must.openWeights", true));
    }
    if (!must.languages().isEmpty()) {
      criteria.add(new Criterion("must.languages", true));
    }
    if (!must.minimumSeal().isEmpty()) {
      criteria.add(new Criterion("must.minimumSeal", true));
    }
    if (must.maxPriceEur() != null) {
      criteria.add(new Criterion("must.maxPrice", true));
    }
    NiceToHaves nice = requirement.niceToHaves();
    if (nice.languagesWeight() > 0) {
      criteria.add(new Criterion("nice.languages", false));
    }
    if (nice.certificationsWeight() > 0) {
      criteria.add(new Criterion("nice.certifications", false));
    }
    if (nice.openWeightsWeight() > 0) {
      criteria.add(new Criterion("nice.openWeights", false));
    }
    if (nice.deploymentModelsWeight() > 0) {
      criteria.add(new Criterion("nice.deploymentModels", false));
    }
    if (nice.euSupportWeight() > 0) {
      criteria.add(new Criterion("nice.euSupport", false));
    }
    if (nice.priceWeight() > 0) {
      criteria.add(new Criterion("nice.price", false));
    }
    return List.copyOf(criteria);
  }
}
