package eu.aimarket.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person has entered in the supplier onboarding so far, exactly as typed (strings, so that a
 * form can be shown again as it was). Only steps that passed validation are kept.
 */
public record OnboardingForm(
    OrganisationFields organisation, OwnershipFields ownership, List<OfferingFields> offerings) {

  /** At most this many offerings are registered in one onboarding; more can be added later. */
  public static final int MAX_OFFERINGS = 20;

  public OnboardingForm {
    offerings = offerings == null ? List.of() : List.copyOf(offerings);
  }

  public static OnboardingForm empty() {
    return new OnboardingForm(null, null, List.of());
  }

  public OnboardingForm withOrganisation(OrganisationFields fields) {
    return new OnboardingForm(fields, ownership, offerings);
  }

  public OnboardingForm withOwnership(OwnershipFields fields) {
    return new OnboardingForm(organisation, fields, offerings);
  }

  public OnboardingForm withOffering(OfferingFields fields) {
    List<OfferingFields> more = new ArrayList<>(offerings);
    more.add(fields);
    return new OnboardingForm(organisation, ownership, more);
  }

  public OnboardingForm withoutOffering(int index) {
    List<OfferingFields> fewer = new ArrayList<>(offerings);
    fewer.remove(index);
    return new OnboardingForm(organisation, ownership, fewer);
  }

  /** Step 1: the organisation. */
  public record OrganisationFields(
      String legalName, String registrationId, String country, String website, String kind) {}

  /** Step 2: who owns and controls the supplier, and which laws reach it. */
  public record OwnershipFields(
      String headquartersCountry,
      String controllingEntity,
      String controlCountry,
      String nonEuOwnershipPercent,
      List<String> extraterritorialLaws,
      String euPresence,
      String sme) {

    public OwnershipFields {
      extraterritorialLaws =
          extraterritorialLaws == null ? List.of() : List.copyOf(extraterritorialLaws);
    }
  }

  /** Step 3: one offering. Country and language lists are typed as comma-separated codes. */
  public record OfferingFields(
      String name,
      String description,
      String category,
      List<String> deploymentModels,
      String dataStorageCountries,
      String dataProcessingCountries,
      String supportCountries,
      String languages,
      String openWeights,
      String licence,
      List<String> certifications,
      String pricingModel,
      String priceEur,
      String priceUnit,
      String hardwareVendorCountry,
      String renewableEnergyPercent,
      String pue) {

    public OfferingFields {
      deploymentModels = deploymentModels == null ? List.of() : List.copyOf(deploymentModels);
      certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }

    /** Whether nothing was typed at all (a "continue" with an empty offering form). */
    public boolean nothingTyped() {
      return java.util.stream.Stream.of(
                  name,
                  description,
                  category,
                  dataStorageCountries,
                  dataProcessingCountries,
                  supportCountries,
                  languages,
                  openWeights,
                  licence,
                  pricingModel,
                  priceEur,
                  priceUnit,
                  hardwareVendorCountry,
                  renewableEnergyPercent,
                  pue)
              .allMatch(v -> v == null || v.isBlank())
          && deploymentModels.isEmpty()
          && certifications.isEmpty();
    }
  }
}
