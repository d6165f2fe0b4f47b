package eu.aimarket.matching;

import eu.aimarket.catalog.Countries;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One published offering as the engine reads it: the attributes that hard constraints and fit look
 * at, precomputed into masks and flags once per snapshot, plus the view for explanations.
 */
final class Candidate {

  final OfferingView view;
  final int index;
  final int category;
  final int deploymentMask;
  final int certificationMask;
  final long[] languages;
  final long[] dataCountries;
  final boolean hasDataLocation;
  final boolean dataOnlyInEu;
  final boolean dataOnlyInEea;
  final boolean supportAllEu;
  final boolean supportSomeEu;
  final boolean openWeights;
  final boolean hasPrice;
  final double priceEur;
  final int pricingModel;
  final int[] seals;
  final boolean usIncumbent;

  Candidate(OfferingView view, int index) {
    this.view = view;
    this.index = index;
    this.category = view.category().ordinal();
    this.deploymentMask = mask(view.deploymentModels());
    this.certificationMask = mask(view.certifications());
    this.languages = CodeSet.LANGUAGES.of(view.languages());
    Set<String> locations = new TreeSet<>(view.dataStorageCountries());
    locations.addAll(view.dataProcessingCountries());
    this.dataCountries = CodeSet.COUNTRIES.of(locations);
    this.hasDataLocation = !locations.isEmpty();
    this.dataOnlyInEu = Countries.allIn(locations, Countries.EU);
    this.dataOnlyInEea = Countries.allIn(locations, Countries.EEA);
    this.supportAllEu = Countries.allIn(view.supportCountries(), Countries.EU);
    this.supportSomeEu = view.supportCountries().stream().anyMatch(Countries::isEu);
    this.openWeights = view.openWeights();
    this.hasPrice = view.priceEur() != null;
    this.priceEur = hasPrice ? view.priceEur().doubleValue() : Double.NaN;
    this.pricingModel = view.pricingModel().ordinal();
    List<ObjectiveAssessment> objectives = view.sovereignty().objectives();
    this.seals = new int[objectives.size()];
    for (int i = 0; i < seals.length; i++) {
      seals[i] = objectives.get(i).seal();
    }
    this.usIncumbent = view.usControlled();
  }

  static <E extends Enum<E>> int mask(java.util.Collection<E> values) {
    int mask = 0;
    for (E value : values) {
      mask |= 1 << value.ordinal();
    }
    return mask;
  }
}
