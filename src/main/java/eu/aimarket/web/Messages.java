package eu.aimarket.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the pages. English here; German and French in {@code messages/msg_de.properties} and
 * {@code messages/msg_fr.properties}, checked complete by a test. Enum labels are {@code #when}
 * templates, so that each language names every constant.
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

  @Message("Register as a supplier")
  String nav_onboarding();

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

  @Message("Language")
  String language_label();

  @Message("You are here")
  String breadcrumbs_label();

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

  @Message("Results")
  String catalogue_results();

  @Message("Offerings {from} to {to} of {total}")
  String catalogue_range(long from, long to, long total);

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

  @Message("Minimum Sovereignty Score")
  String filter_min_score();

  @Message("at least {score}")
  String filter_at_least(int score);

  @Message("Any")
  String filter_any();

  @Message("Apply filters")
  String filter_apply();

  @Message("Clear")
  String filter_clear();

  @Message("European Union")
  String region_eu();

  @Message("European Economic Area")
  String region_eea();

  @Message("Sort by")
  String sort_label();

  @Message("{#when sort}{#is RELEVANCE}Relevance{#is SCORE}Sovereignty Score{#is NAME}Name{/when}")
  String sort(eu.aimarket.catalog.CatalogSort sort);

  @Message("No offering matches these filters.")
  String catalogue_empty();

  @Message("Next page")
  String catalogue_next();

  @Message("First page")
  String catalogue_first();

  @Message("Pages")
  String pager_label();

  @Message("Previous page")
  String pager_previous();

  @Message("Next page")
  String pager_next();

  @Message("Page {page} of {pages}")
  String pager_position(int page, int pages);

  @Message("Compare")
  String col_compare();

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

  @Message("SME")
  String badge_sme();

  @Message(
      "{#when category}{#is LLM_API}LLM API{#is HOSTED_OPEN_MODEL}Hosted open-weights model{#is AI_PLATFORM}AI platform / MLOps{#is GPU_COMPUTE}GPU compute{#is AI_CHIP}AI chip / hardware{#is SPEECH}Speech{#is VISION}Vision{#is PROFESSIONAL_SERVICES}Professional services{/when}")
  String category(eu.aimarket.catalog.Category category);

  @Message(
      "{#when model}{#is SAAS}SaaS (multi-tenant){#is DEDICATED_CLOUD}Dedicated cloud{#is ON_PREMISES}On-premises{#is AIR_GAPPED}Air-gapped{/when}")
  String deployment(eu.aimarket.catalog.DeploymentModel model);

  @Message(
      "{#when model}{#is PER_TOKEN}Per token{#is PER_CHARACTER}Per character{#is PER_MINUTE}Per minute{#is PER_HOUR}Per hour{#is SUBSCRIPTION}Subscription{#is LICENCE}Licence{#is PER_UNIT}Per unit{#is PROJECT}Project{/when}")
  String pricing(eu.aimarket.catalog.PricingModel model);

  @Message("{#when presence}{#is NONE}None{#is PARTIAL}Partial{#is FULL}Full{/when}")
  String eu_presence(eu.aimarket.catalog.EuPresence presence);

  @Message("{#when status}{#is DRAFT}Draft{#is PUBLISHED}Published{#is RETIRED}Retired{/when}")
  String offering_status(eu.aimarket.catalog.OfferingStatus status);

  @Message(
      "{#when objective}{#is SOV_1}Strategic{#is SOV_2}Legal & jurisdictional{#is SOV_3}Data & AI{#is SOV_4}Operational{#is SOV_5}Supply chain{#is SOV_6}Technology{#is SOV_7}Security & compliance{#is SOV_8}Environmental sustainability{/when}")
  String objective_title(eu.aimarket.catalog.sovereignty.Objective objective);

  @Message(
      "{#when attribute}{#is HEADQUARTERS}Headquarters{#is CONTROL}Ultimate control and ownership{#is EXTRATERRITORIAL_LAWS}Exposure to extraterritorial laws{#is EU_PRESENCE}Staff and operations in the EU{#is DATA_LOCATION}Where data is stored and processed{#is SUPPORT_LOCATION}Where support sits{#is DEPLOYMENT}Deployment models{#is OPEN_WEIGHTS}Open weights and licence{#is CERTIFICATIONS}Certifications{#is HARDWARE_ORIGIN}Origin of the hardware{#is ENVIRONMENT}Energy and environment{/when}")
  String claim_attribute_name(eu.aimarket.catalog.ClaimAttribute attribute);

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

  @Message("Pricing model")
  String attr_pricing();

  @Message("Indicative price")
  String attr_price();

  @Message("Hardware vendor country")
  String attr_hardware();

  @Message("Renewable energy")
  String attr_renewable();

  @Message("Power usage effectiveness (PUE)")
  String attr_pue();

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

  @Message("Choose")
  String choose();

  @Message("Sovereignty assessment")
  String sov_heading();

  @Message("Sovereignty Score {score} of 100; lowest objective at SEAL {seal}.")
  String sov_summary(String score, int seal);

  @Message(
      "Each of the eight objectives of the EU Cloud Sovereignty Framework gets a SEAL level from 0 (no sovereignty) to 4 (full digital sovereignty). Objectives that rest on claims not yet verified count 75 %.")
  String sov_explained();

  @Message("Objective")
  String sov_objective();

  @Message("Weight")
  String sov_weight();

  @Message("SEAL")
  String sov_seal();

  @Message("Why")
  String sov_reasons();

  @Message("Sovereignty scorecard of {name}")
  String scorecard_of(String name);

  @Message(
      "Bars show the SEAL level of each objective (0 to 4); an asterisk marks levels that rest on declared, not yet verified claims.")
  String scorecard_caption();

  @Message("Claims")
  String claims_heading();

  @Message(
      "A claim is declared on the supplier's word, or verified by an administrator with evidence until an expiry date.")
  String claims_explained();

  @Message("Claim")
  String claim_attribute();

  @Message("Status")
  String claim_status();

  @Message("Evidence")
  String claim_evidence();

  @Message("Verified by")
  String claim_verified_by();

  @Message("Valid until")
  String claim_expires();

  @Message("verified")
  String claim_verified();

  @Message("declared")
  String claim_declared();

  @Message("rejected")
  String claim_rejected();

  @Message("verification expired")
  String claim_expired();

  @Message("evidence")
  String claim_evidence_link();

  @Message("Organisation and ownership")
  String supplier_profile();

  @Message("Offerings")
  String supplier_offerings();

  @Message("This supplier has no published offerings yet.")
  String supplier_no_offerings();

  @Message(
      "For each objective, the lowest level among its {count} listed offerings: a supplier is as sovereign as its weakest offering.")
  String supplier_scorecard_explained(int count);

  @Message("Compare offerings")
  String compare_heading();

  @Message("Rows where the offerings differ are marked.")
  String compare_explained();

  @Message("{count} offerings side by side")
  String compare_caption(int count);

  @Message("differs")
  String compare_differs();

  @Message("Choose two to four offerings in the catalogue to compare them.")
  String compare_need_two();

  @Message("Chosen so far: {name}")
  String compare_chosen(String name);

  @Message("Choose offerings in the catalogue")
  String compare_choose_more();

  @Message("Compare {name}")
  String compare_choose(String name);

  @Message("Compare selected")
  String compare_selected();

  @Message("Tick two to four offerings.")
  String compare_hint();

  @Message("Compare this offering with others")
  String compare_start();

  @Message("Error {status}")
  String error_heading(int status);

  @Message("Back to the catalogue")
  String error_back();

  @Message("There is a problem")
  String form_problem();

  @Message("Error:")
  String form_error_prefix();

  @Message(
      "{#when problem}{#is REQUIRED}Enter or choose a value{#is TOO_LONG}Use at most {detail} characters{#is TOO_MANY}Choose at most {detail}{#is WHOLE_NUMBER}Enter a whole number{#is DECIMAL}Enter a number such as 1.25{#is RANGE}Enter a number in the range {detail}{#is COUNTRY}“{detail}” is not a two-letter country code such as DE{#is LANGUAGE}“{detail}” is not a two-letter language code such as de{#is CHOICE}Choose one of the options{#is REGISTRATION_ID}Enter a VAT number with its country prefix (e.g. FR12345678901) or a 20-character LEI{#is WEB_ADDRESS}Enter an address starting with http:// or https://{#is LICENCE}Enter an SPDX licence identifier such as Apache-2.0{#is TAKEN}An organisation with this registration id is already registered{#is NO_OFFERING}Add at least one offering{#is DATE}Enter a date as YYYY-MM-DD{#is FUTURE_DATE}Enter a date in the future{#is VALIDITY}Enter a date at most {detail} years from today{#is STALE}Someone decided on this claim meanwhile; review it again{#is CHANGED}Someone changed this meanwhile, so nothing was saved; open it again to see the changes{#is RULE}Check this: {detail}{/when}")
  String form_error(eu.aimarket.catalog.FormError.Problem problem, String detail);

  @Message("Legal name")
  String field_legalName();

  @Message("Registration id")
  String field_registrationId();

  @Message("Country of registration")
  String field_country();

  @Message("Website")
  String field_website();

  @Message("What does the organisation do on the marketplace?")
  String field_kind();

  @Message("It supplies")
  String kind_supplier();

  @Message("It supplies and buys")
  String kind_both();

  @Message("Country of the headquarters")
  String field_headquartersCountry();

  @Message("Ultimate controlling entity")
  String field_controllingEntity();

  @Message("Country of the ultimate controlling entity")
  String field_controlCountry();

  @Message("Share owned from outside the EU (%)")
  String field_nonEuOwnershipPercent();

  @Message("Foreign laws with extraterritorial reach that apply")
  String field_extraterritorialLaws();

  @Message("Staff and operations in the EU")
  String field_euPresence();

  @Message("Is it a small or medium-sized enterprise (SME)?")
  String field_sme();

  @Message("Name of the offering")
  String field_name();

  @Message("Description")
  String field_description();

  @Message("Are the model weights open?")
  String field_openWeights();

  @Message("Indicative price in EUR")
  String field_priceEur();

  @Message("Price unit")
  String field_priceUnit();

  @Message("Note")
  String field_note();

  @Message("Evidence (web address)")
  String field_evidenceUrl();

  @Message("Verification valid until")
  String field_expiresOn();

  @Message("A VAT number with its country prefix, or a 20-character LEI.")
  String hint_registrationId();

  @Message("For example https://example.eu")
  String hint_website();

  @Message("The company or person that ultimately controls yours; your own name if no one does.")
  String hint_controllingEntity();

  @Message("A subsidiary of a foreign group is controlled from the group's country.")
  String hint_controlCountry();

  @Message("A whole number from 0 to 100.")
  String hint_nonEuOwnershipPercent();

  @Message("Tick every law that can compel you to hand over data; leave all unticked if none.")
  String hint_extraterritorialLaws();

  @Message("Two-letter country codes separated by commas, e.g. DE, FR.")
  String hint_countries();

  @Message("Two-letter language codes separated by commas, e.g. de, en, fr.")
  String hint_languages();

  @Message("An SPDX identifier such as Apache-2.0; leave empty for a proprietary offering.")
  String hint_licence();

  @Message("For example per 1M tokens.")
  String hint_priceUnit();

  @Message("A whole number from 0 to 100.")
  String hint_percent();

  @Message("Between 1.0 and 5.0, e.g. 1.2.")
  String hint_pue();

  @Message("At most three years from today.")
  String hint_expiresOn();

  @Message("Save and continue")
  String save_continue();

  @Message("Back")
  String back();

  @Message("Change")
  String change();

  @Message("Remove")
  String remove();

  @Message("Register as a supplier")
  String onboarding_heading();

  @Message("Steps of the registration")
  String onboarding_steps_label();

  @Message(
      "{#when step}{#is ORGANISATION}Organisation{#is OWNERSHIP}Ownership and jurisdiction{#is OFFERINGS}Offerings{#is REVIEW}Review and register{/when}")
  String onboarding_step(eu.aimarket.catalog.OnboardingStep step);

  @Message("Offerings")
  String onboarding_step_offerings();

  @Message("Your answers are saved; you can come back and go on later (last saved {date}).")
  String onboarding_saved(String date);

  @Message("Tell us which organisation you register. You become its first member.")
  String onboarding_organisation_intro();

  @Message(
      "Who owns and controls the organisation decides which laws reach it. These answers become claims that an administrator verifies.")
  String onboarding_ownership_intro();

  @Message("Add each offering you want in the catalogue. You can add more later.")
  String onboarding_offerings_intro();

  @Message("Offerings added: {count}")
  String onboarding_offerings_added(int count);

  @Message("Add this offering")
  String onboarding_add_offering();

  @Message("Save and go to review")
  String onboarding_to_review();

  @Message("Check your answers before you register.")
  String onboarding_review_intro();

  @Message(
      "By registering you declare that these answers are true. Your offerings are published with their claims marked as declared until an administrator verifies them.")
  String onboarding_declaration();

  @Message("Register the organisation")
  String onboarding_submit();

  @Message("Discard this registration")
  String onboarding_discard();

  @Message("Claims to verify")
  String queue_heading();

  @Message(
      "{total} claims wait for a decision, longest waiting first. Verify a claim with evidence and an expiry date, or reject it with a note saying why.")
  String queue_intro(long total);

  @Message("Show the claims of all suppliers")
  String queue_all();

  @Message("No claim waits for a decision.")
  String queue_empty();

  @Message("Declared")
  String queue_declared();

  @Message("About")
  String queue_subject();

  @Message("Last decision")
  String queue_last_review();

  @Message("Verify")
  String queue_verify();

  @Message("Reject")
  String queue_reject();

  @Message("The claim is verified.")
  String queue_verified();

  @Message("The claim is rejected.")
  String queue_rejected();

  @Message("Your claims")
  String outcomes_heading();

  @Message("Your organisation is registered")
  String outcomes_registered_title();

  @Message(
      "Your offerings are in the catalogue. An administrator now reviews your claims; each outcome appears below.")
  String outcomes_registered();

  @Message("See your supplier page")
  String outcomes_view_profile();

  @Message("You do not supply for any organisation on the marketplace yet.")
  String outcomes_none();

  @Message("{decided} of {total} claims decided.")
  String outcomes_summary(long decided, int total);

  @Message("Claims of {name}")
  String outcomes_caption(String name);

  @Message("Decided by")
  String outcomes_decided();

  @Message("the organisation")
  String outcomes_organisation();

  @Message("waiting for review")
  String outcomes_waiting();

  @Message("until {date}")
  String outcomes_until(String date);

  @Message("How ranking works")
  String nav_transparency();

  @Message("Requirements")
  String nav_requirements();

  @Message("Leads")
  String nav_leads();

  @Message("Policies")
  String nav_policies();
}
