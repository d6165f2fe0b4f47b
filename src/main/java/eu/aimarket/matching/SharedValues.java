package eu.aimarket.matching;

import eu.aimarket.catalog.ClaimView;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.SupplierSummary;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Makes the offerings of one snapshot share their equal values. Each offering is read from its own
 * JSON revision, so a snapshot would otherwise hold its own copy of every country code, language,
 * SEAL reason, supplier and assessment: most of a snapshot's heap. Views are immutable, so sharing
 * equal values changes nothing but the memory they take.
 */
final class SharedValues {

  private final Map<Object, Object> canonical = new HashMap<>();

  OfferingView offering(OfferingView view) {
    return new OfferingView(
        one(view.id()),
        supplier(view.supplier()),
        one(view.name()),
        one(view.description()),
        view.category(),
        list(view.deploymentModels(), UnaryOperator.identity()),
        list(view.dataStorageCountries(), this::one),
        list(view.dataProcessingCountries(), this::one),
        list(view.supportCountries(), this::one),
        list(view.languages(), this::one),
        view.openWeights(),
        one(view.licence()),
        list(view.certifications(), UnaryOperator.identity()),
        view.pricingModel(),
        one(view.priceEur()),
        one(view.priceUnit()),
        one(view.hardwareVendorCountry()),
        one(view.renewableEnergyPercent()),
        one(view.pue()),
        view.status(),
        view.version(),
        one(view.createdAt()),
        one(view.updatedAt()),
        list(view.claims(), this::claim),
        assessment(view.sovereignty()));
  }

  private SupplierSummary supplier(SupplierSummary supplier) {
    if (supplier == null) {
      return null;
    }
    return one(
        new SupplierSummary(
            one(supplier.id()),
            one(supplier.name()),
            one(supplier.headquartersCountry()),
            one(supplier.controlCountry()),
            one(supplier.controllingEntity()),
            supplier.nonEuOwnershipPercent(),
            list(supplier.extraterritorialLaws(), UnaryOperator.identity()),
            supplier.euPresence(),
            supplier.sme()));
  }

  private ClaimView claim(ClaimView claim) {
    if (claim == null) {
      return null;
    }
    return one(
        new ClaimView(
            one(claim.id()),
            claim.attribute(),
            claim.status(),
            claim.counts(),
            one(claim.evidenceUrl()),
            one(claim.verifiedBy()),
            one(claim.verifiedAt()),
            one(claim.expiresAt()),
            one(claim.note()),
            one(claim.reviewedBy()),
            one(claim.reviewedAt()),
            claim.version()));
  }

  private SovereigntyAssessment assessment(SovereigntyAssessment assessment) {
    if (assessment == null) {
      return null;
    }
    return one(
        new SovereigntyAssessment(
            assessment.score(),
            assessment.overallSeal(),
            assessment.fullyVerified(),
            list(assessment.objectives(), this::objective)));
  }

  private ObjectiveAssessment objective(ObjectiveAssessment objective) {
    if (objective == null) {
      return null;
    }
    return one(
        new ObjectiveAssessment(
            one(objective.id()),
            one(objective.title()),
            objective.weightPercent(),
            objective.seal(),
            objective.points(),
            objective.maxPoints(),
            objective.verified(),
            list(objective.reasons(), this::one),
            list(objective.unverifiedClaims(), UnaryOperator.identity())));
  }

  /** An immutable list of shared elements, itself shared with equal lists. */
  private <T> List<T> list(List<T> values, UnaryOperator<T> share) {
    if (values == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(values.size());
    for (T value : values) {
      copy.add(share.apply(value));
    }
    return one(copy.contains(null) ? Collections.unmodifiableList(copy) : List.copyOf(copy));
  }

  /** The first value equal to this one that the snapshot met, or this one. */
  @SuppressWarnings("unchecked")
  private <T> T one(T value) {
    if (value == null) {
      return null;
    }
    return (T) canonical.computeIfAbsent(value, v -> v);
  }
}
