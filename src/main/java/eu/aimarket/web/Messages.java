package eu.aimarket.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the pages. English here; German and French in {@code messages/msg_de.properties} and
 * {@code messages/msg_fr.properties}, checked complete by a test.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

  @Message("AI Marketplace")
  String site_name();

  @Message("European AI suppliers, ranked transparently for sovereignty")
  String site_tagline();

  @Message("Skip to main content")
  String skip_link();

  @Message("Catalogue")
  String nav_catalogue();

  @Message("Home")
  String nav_home();

  @Message("Sign in")
  String nav_sign_in();

  @Message("Sign out")
  String nav_sign_out();

  @Message("Main navigation")
  String nav_label();

  @Message("Dashboard")
  String nav_dashboard();

  @Message("Signed in as")
  String header_signed_in_as();

  @Message("Your dashboard")
  String dashboard_heading();

  @Message("You are signed in as {name}.")
  String dashboard_signed_in_as(String name);

  @Message("Your roles")
  String dashboard_roles();

  @Message("Your organisations")
  String dashboard_organisations();

  @Message("Organisation")
  String dashboard_organisation();

  @Message("Role")
  String dashboard_role();

  @Message("You are not a member of any organisation yet.")
  String dashboard_no_organisations();

  @Message(
      "The catalogue holds illustrative demo data compiled from public information; it is not a verified statement about any company.")
  String demo_notice();

  @Message(
      "Open-source software. Sovereignty assessment after the EU Cloud Sovereignty Framework v1.2.1.")
  String footer_text();

  @Message("Find European alternatives for AI")
  String home_heading();

  @Message(
      "Compare models, APIs, GPU clouds, chips and platforms from European suppliers side by side with the US incumbents. Every offering carries a sovereignty assessment: where the company and its owners sit, which foreign laws reach it, where your data goes.")
  String home_intro();

  @Message("{count} published offerings")
  String home_count(long count);

  @Message("Browse the catalogue")
  String home_browse();

  @Message("Catalogue")
  String catalogue_heading();

  @Message("Search")
  String catalogue_search();

  @Message("Search text")
  String catalogue_query();

  @Message("Filter")
  String catalogue_filter();

  @Message("Category")
  String filter_category();

  @Message("Headquarters country")
  String filter_hq();

  @Message("Data stored and processed in")
  String filter_data_in();

  @Message("Open weights only")
  String filter_open_weights();

  @Message("Language")
  String filter_language();

  @Message("Certification")
  String filter_certification();

  @Message("Any")
  String filter_any();

  @Message("Apply filters")
  String filter_apply();

  @Message("Clear")
  String filter_clear();

  @Message("No offering matches these filters.")
  String catalogue_empty();

  @Message("Next page")
  String catalogue_next();

  @Message("First page")
  String catalogue_first();

  @Message("Offering")
  String col_offering();

  @Message("Supplier")
  String col_supplier();

  @Message("Controlled from")
  String col_control();

  @Message("Sovereignty Score")
  String col_score();

  @Message("Lowest SEAL")
  String col_seal();

  @Message("US-controlled")
  String badge_us();

  @Message("Open weights")
  String badge_open_weights();

  @Message("Attributes")
  String offering_attributes();

  @Message("Deployment")
  String attr_deployment();

  @Message("Data stored in")
  String attr_storage();

  @Message("Data processed in")
  String attr_processing();

  @Message("Support from")
  String attr_support();

  @Message("Languages")
  String attr_languages();

  @Message("Licence")
  String attr_licence();

  @Message("Certifications")
  String attr_certifications();

  @Message("Indicative price")
  String attr_price();

  @Message("Hardware vendor country")
  String attr_hardware();

  @Message("Renewable energy")
  String attr_renewable();

  @Message("Headquarters")
  String attr_hq();

  @Message("Ultimate controlling entity")
  String attr_controller();

  @Message("not disclosed")
  String not_disclosed();

  @Message("none")
  String none();

  @Message("yes")
  String yes();

  @Message("no")
  String no();

  @Message("Sovereignty assessment")
  String sov_heading();

  @Message("Sovereignty Score {score} of 100; lowest objective at SEAL {seal}.")
  String sov_summary(double score, int seal);

  @Message("Objective")
  String sov_objective();

  @Message("Weight")
  String sov_weight();

  @Message("SEAL")
  String sov_seal();

  @Message("Why")
  String sov_reasons();

  @Message("Claims")
  String claims_heading();

  @Message("Claim")
  String claim_attribute();

  @Message("Status")
  String claim_status();

  @Message("Evidence")
  String claim_evidence();

  @Message("verified")
  String claim_verified();

  @Message("declared")
  String claim_declared();

  @Message("evidence")
  String claim_evidence_link();

  @Message("Error {status}")
  String error_heading(int status);

  @Message("Back to the catalogue")
  String error_back();

  @Message("Language")
  String language_label();
}
