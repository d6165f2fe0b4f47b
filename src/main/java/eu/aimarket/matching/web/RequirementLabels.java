package eu.aimarket.matching.web;

import eu.aimarket.web.Messages;

/** The reader's name of each requirement form field, for the error summary. */
final class RequirementLabels {

  private RequirementLabels() {}

  static String of(String field, Messages msg, MatchMessages text) {
    if (field.startsWith(RequirementForm.SEAL_FIELD)) {
      return text.req_minimum_seal() + " " + field.substring(RequirementForm.SEAL_FIELD.length());
    }
    return switch (field) {
      case "title" -> text.req_title();
      case "description" -> text.req_description();
      case "category" -> msg.filter_category();
      case "budgetMaxEur" -> text.req_budget();
      case "budgetUnit" -> text.req_budget_unit();
      case "dataSensitivity" -> text.req_sensitivity();
      case "buyerType" -> text.req_buyer_type();
      case "deadline" -> text.req_deadline();
      case "status" -> text.req_status();
      case "policyId" -> text.req_policy();
      case "dataLocation" -> text.req_data_location();
      case "dataCountries" -> text.req_data_countries();
      case "deploymentModels" -> text.req_deployment();
      case "certifications" -> text.req_certifications();
      case "languages" -> text.req_languages();
      case "minimumSeal" -> text.req_minimum_seal();
      case "maxPriceEur" -> text.req_max_price();
      case "niceLanguages" -> text.req_nice_languages();
      case "niceLanguagesWeight" -> text.req_weight_of(text.req_nice_languages());
      case "niceCertifications" -> text.req_nice_certifications();
      case "niceCertificationsWeight" -> text.req_weight_of(text.req_nice_certifications());
      case "niceOpenWeightsWeight" -> text.req_weight_of(msg.badge_open_weights());
      case "niceDeploymentModels" -> text.req_nice_deployment();
      case "niceDeploymentModelsWeight" -> text.req_weight_of(text.req_nice_deployment());
      case "niceEuSupportWeight" -> text.req_weight_of(text.req_nice_eu_support());
      case "nicePriceWeight" -> text.req_weight_of(text.req_nice_price());
      case "version" -> text.req_version();
      default -> field;
    };
  }
}
