package eu.aimarket.catalog.web;

import eu.aimarket.web.Messages;

/** The reader's name of each form field, for error summaries. */
final class FieldLabels {

  private FieldLabels() {}

  static String of(String field, Messages msg) {
    return switch (field) {
      case "legalName" -> msg.field_legalName();
      case "registrationId" -> msg.field_registrationId();
      case "country" -> msg.field_country();
      case "website" -> msg.field_website();
      case "kind" -> msg.field_kind();
      case "headquartersCountry" -> msg.field_headquartersCountry();
      case "controllingEntity" -> msg.field_controllingEntity();
      case "controlCountry" -> msg.field_controlCountry();
      case "nonEuOwnershipPercent" -> msg.field_nonEuOwnershipPercent();
      case "extraterritorialLaws" -> msg.field_extraterritorialLaws();
      case "euPresence" -> msg.field_euPresence();
      case "sme" -> msg.field_sme();
      case "name" -> msg.field_name();
      case "description" -> msg.field_description();
      case "category" -> msg.filter_category();
      case "deploymentModels" -> msg.attr_deployment();
      case "dataStorageCountries" -> msg.attr_storage();
      case "dataProcessingCountries" -> msg.attr_processing();
      case "supportCountries" -> msg.attr_support();
      case "languages" -> msg.attr_languages();
      case "openWeights" -> msg.badge_open_weights();
      case "licence" -> msg.attr_licence();
      case "certifications" -> msg.attr_certifications();
      case "pricingModel" -> msg.attr_pricing();
      case "priceEur" -> msg.field_priceEur();
      case "priceUnit" -> msg.field_priceUnit();
      case "hardwareVendorCountry" -> msg.attr_hardware();
      case "renewableEnergyPercent" -> msg.attr_renewable();
      case "pue" -> msg.attr_pue();
      case "offerings" -> msg.onboarding_step_offerings();
      case "note" -> msg.field_note();
      case "evidenceUrl" -> msg.field_evidenceUrl();
      case "expiresOn" -> msg.field_expiresOn();
      default -> field;
    };
  }
}
