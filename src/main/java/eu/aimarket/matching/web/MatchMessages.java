package eu.aimarket.matching.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the buyer, match, leads and transparency pages ({@code match:} in templates). English
 * here; German and French in {@code messages/match_de.properties} and {@code
 * messages/match_fr.properties}, checked complete by a test. A bundle of its own keeps each bundle
 * small enough for the code Qute generates per bundle.
 */
@MessageBundle(value = "match", locale = "en")
public interface MatchMessages {

  @Message("Your requirements")
  String req_list_heading();

  @Message("Post a requirement")
  String req_new();

  @Message("Requirements of your organisation, most recently changed first")
  String req_list_caption();

  @Message("Title")
  String req_title();

  @Message("Status")
  String req_status();

  @Message("Last changed")
  String req_updated();

  @Message(
      "{#when status}{#is DRAFT}Draft{#is OPEN}Open{#is CLOSED}Closed{#is AWARDED}Awarded{/when}")
  String req_status_name(eu.aimarket.demand.RequirementStatus status);

  @Message("Only the 50 most recent requirements are listed.")
  String req_list_more();

  @Message("Your organisation has not posted a requirement yet.")
  String req_list_empty();

  @Message("Edit the requirement")
  String req_edit_heading();

  @Message("What you need")
  String req_description();

  @Message("You buy as")
  String req_buyer_type();

  @Message("{#when type}{#is PUBLIC_SECTOR}Public sector body{#is PRIVATE}Private business{/when}")
  String req_buyer_type_name(eu.aimarket.demand.BuyerType type);

  @Message("Data sensitivity")
  String req_sensitivity();

  @Message(
      "{#when sensitivity}{#is PUBLIC}Public{#is INTERNAL}Internal{#is CONFIDENTIAL}Confidential{#is RESTRICTED}Restricted{/when}")
  String req_sensitivity_name(eu.aimarket.demand.DataSensitivity sensitivity);

  @Message("Maximum budget in euros")
  String req_budget();

  @Message("Budget unit")
  String req_budget_unit();

  @Message("For example per year or per million tokens")
  String req_budget_unit_hint();

  @Message("Deadline")
  String req_deadline();

  @Message("As YYYY-MM-DD, for example 2027-03-31")
  String req_deadline_hint();

  @Message("Suppliers see open requirements only.")
  String req_status_hint();

  @Message("Incentive policy")
  String req_policy();

  @Message("The rules that rank the offerings. The transparency page explains each one.")
  String req_policy_hint();

  @Message("Your organisation's choice")
  String req_policy_default();

  @Message("Must-haves")
  String req_must_haves();

  @Message(
      "An offering that misses any of these is excluded, and the results say which one it missed.")
  String req_must_haves_intro();

  @Message("Where your data may be stored and processed")
  String req_data_location();

  @Message(
      "{#when location}{#is ANY}Anywhere{#is EU}In the European Union{#is EEA}In the European Economic Area{#is COUNTRIES}Only in the countries below{/when}")
  String req_location_name(eu.aimarket.demand.DataLocation location);

  @Message("Countries")
  String req_data_countries();

  @Message("Allowed deployment models")
  String req_deployment();

  @Message("Required certifications")
  String req_certifications();

  @Message("Open weights required")
  String req_open_weights();

  @Message("Languages the offering must support")
  String req_languages();

  @Message("Minimum SEAL level")
  String req_minimum_seal();

  @Message("Per sovereignty objective; SEAL 0 to 4 after the EU Cloud Sovereignty Framework.")
  String req_minimum_seal_hint();

  @Message("No minimum")
  String req_seal_none();

  @Message("Maximum price in euros")
  String req_max_price();

  @Message("Nice-to-haves")
  String req_nice_to_haves();

  @Message(
      "Give each a weight from 0 to 100; together they make the fit score, each in proportion to its weight.")
  String req_nice_to_haves_intro();

  @Message("Preferred languages")
  String req_nice_languages();

  @Message("Weight: {what}")
  String req_weight_of(String what);

  @Message("Preferred certifications")
  String req_nice_certifications();

  @Message("Preferred deployment models")
  String req_nice_deployment();

  @Message("Support from within the EU")
  String req_nice_eu_support();

  @Message("Lower price")
  String req_nice_price();

  @Message("Save the requirement")
  String req_save();

  @Message("The requirement is saved.")
  String req_saved();

  @Message("Version")
  String req_version();

  @Message("Run a match")
  String match_run_heading();

  @Message("Rank the offerings")
  String match_run();

  @Message("Earlier match runs")
  String match_runs_heading();

  @Message("No match has been run yet.")
  String match_runs_none();

  @Message("Match results")
  String match_results_heading();

  @Message(
      "Replayed with the recorded requirement, policy and catalogue versions: the result is identical.")
  String match_replay_identical();

  @Message("Replayed with the recorded versions: the result differs from the stored one.")
  String match_replay_different();

  @Message(
      "Ranked under the policy {policy} version {policyVersion}, requirement version {requirementVersion}, catalogue version {catalogVersion}, on")
  String match_run_facts(
      String policy, int policyVersion, long requirementVersion, long catalogVersion);

  @Message("{considered} offerings considered: {ranked} ranked, {excluded} excluded.")
  String match_counts(int considered, int ranked, int excluded);

  @Message("Download the ranking (CSV)")
  String match_csv();

  @Message("Replay this run")
  String match_replay();

  @Message("How scores are computed")
  String match_how();

  @Message("Ranking")
  String match_ranking();

  @Message("Ranked offerings, best first; tick up to {max} to compare them")
  String match_ranking_caption(int max);

  @Message("Rank")
  String match_rank();

  @Message("Fit")
  String match_fit();

  @Message("Incentives")
  String match_incentives();

  @Message("Score")
  String match_score();

  @Message("Compare the ticked offerings")
  String match_compare();

  @Message("Why each offering ranks where it does")
  String match_explanation();

  @Message("Terms of {offering}; they add up to its score")
  String match_terms_caption(String offering);

  @Message("Term")
  String match_term();

  @Message("Points")
  String match_points();

  @Message("Why")
  String match_why();

  @Message("No offering passes the must-haves and the policy.")
  String match_none_ranked();

  @Message("Compared with the US incumbent")
  String match_incumbent_heading();

  @Message(
      "Instead of {offering} ({supplier}): these local alternatives rank ahead of it, and this is what you gain or give up, term by term.")
  String match_instead_of(String offering, String supplier);

  @Message("{points} points difference")
  String match_difference(String points);

  @Message("Gain (+) or give up (−)")
  String match_gain();

  @Message("No local alternative ranks ahead of the incumbent.")
  String match_no_alternatives();

  @Message("No US-controlled offering of this category passes your must-haves.")
  String match_no_incumbent();

  @Message("Excluded offerings")
  String match_excluded_heading();

  @Message("Offerings of the category that were excluded, with every reason")
  String match_excluded_caption();

  @Message("No offering was excluded.")
  String match_none_excluded();

  @Message("How the ranking works")
  String tp_heading();

  @Message(
      "The marketplace publishes the parameters that decide the order of offerings, so that buyers and suppliers can check every result. The rules below are the current versions of the platform policies.")
  String tp_intro();

  @Message("Contents")
  String tp_contents();

  @Message("How fit and scores are computed")
  String tp_scores_heading();

  @Message(
      "Must-haves: only offerings of the requirement's category are considered, and an offering that misses any must-have is excluded, with every must-have it misses named.")
  String tp_step_must();

  @Message(
      "Fit, 0 to 100: each nice-to-have counts in proportion to the weight the buyer gave it. Languages and certifications count by the share of those wanted that are offered; open weights and deployment models by yes or no; support from the EU fully or, when partly from the EU, half; price by the cheapest comparable offer divided by this one's price.")
  String tp_step_fit();

  @Message(
      "Incentives: the rules of the policy the buyer ranks with add or subtract points, or exclude an offering.")
  String tp_step_incentives();

  @Message(
      "Score = fit + incentives. Every result lists its terms, each rounded to hundredths, and they add up exactly to its score. Ties are broken by the offering's id.")
  String tp_score_formula();

  @Message(
      "Every match run is compared with the Neutral policy: the US-controlled offering that ranks first without incentives, and the local alternatives that rank ahead of it, term by term.")
  String tp_incumbent();

  @Message(
      "A run records the versions of the requirement, the policy and the catalogue it used, so it can be replayed and checked to give the identical result.")
  String tp_replay();

  @Message("The platform's incentive policies")
  String tp_policies_heading();

  @Message(
      "Each rule has a condition written in CEL (Common Expression Language), an effect and a reason. The rules' own text is published as written.")
  String tp_policies_intro();

  @Message("version {version}")
  String tp_version(int version);

  @Message("the platform default")
  String tp_default();

  @Message("Rules of {policy}")
  String tp_rules_caption(String policy);

  @Message("Rule")
  String tp_rule();

  @Message("Condition")
  String tp_condition();

  @Message("Effect")
  String tp_effect();

  @Message("Reason")
  String tp_reason();

  @Message(
      "{#when effect}{#is POINTS}Adds the points when the condition holds{#is EXCLUDE}Excludes the offering when the condition holds{#is REQUIRE}Excludes the offering when the condition does not hold{/when}")
  String tp_effect_name(eu.aimarket.policy.RuleEffect effect);

  @Message("No rules: offerings rank by fit alone.")
  String tp_no_rules();

  @Message("SEAL levels and the Sovereignty Score")
  String tp_sovereignty_heading();

  @Message(
      "After the European Commission's Cloud Sovereignty Framework v1.2.1, every offering gets a SEAL level on each of eight objectives; inside an objective the weakest factor sets the level.")
  String tp_seal_intro();

  @Message(
      "{#when level}{#is 0}No sovereignty{#is 1}Jurisdictional sovereignty{#is 2}Data sovereignty{#is 3}Digital resilience{#is 4}Full digital sovereignty{/when}")
  String tp_seal_level(int level);

  @Message("The eight objectives and their weights")
  String tp_objectives_caption();

  @Message("Objective")
  String tp_objective();

  @Message("Weight")
  String tp_weight();

  @Message(
      "Sovereignty Score = Σ (points ÷ 4) × weight, from 0 to 100. An objective's points are its SEAL level when every claim it rests on is verified by an administrator with evidence and not expired, and 75 % of it otherwise.")
  String tp_score_sovereignty();

  @Message(
      "The framework defines no overall level; the lowest level over the objectives is shown as the weakest link.")
  String tp_weakest_link();

  @Message("Why the public-buyer policy does not exclude by nationality")
  String tp_nationality_heading();

  @Message(
      "In tenders covered by the WTO Government Procurement Agreement, to which the United States is a party, Directive 2014/24/EU Art. 25 requires contracting authorities to treat bidders from the parties equally. The policy “Public buyer, GPA-safe” therefore never excludes, requires or scores by a bidder's nationality, headquarters or control country. Sovereignty counts instead as a published, weighted award criterion linked to the subject matter (Art. 67): the Sovereignty Score in tiers, and minimum SEAL levels for confidential data.")
  String tp_nationality();

  @Message("Open requirements your offerings meet")
  String leads_heading();

  @Message(
      "Each published offering with the open requirements whose must-haves and policy it passes, and where it ranks.")
  String leads_intro();

  @Message("Open requirements {offering} meets")
  String leads_caption(String offering);

  @Message("Buyer")
  String leads_buyer();

  @Message("Rank")
  String leads_rank();

  @Message("{rank} of {ranked}")
  String leads_rank_of(int rank, int ranked);

  @Message("No open requirement matches this offering yet.")
  String leads_none();

  @Message("This organisation has no published offering.")
  String leads_no_offerings();

  @Message("Incentive policies")
  String pol_list_heading();

  @Message("The policies you may see, with their latest version")
  String pol_list_caption();

  @Message("Name")
  String pol_name();

  @Message("Description")
  String pol_description();

  @Message("Scope")
  String pol_scope();

  @Message("Your organisation")
  String pol_scope_own();

  @Message("Platform")
  String pol_scope_platform();

  @Message("Your organisation's policy")
  String pol_choose_heading();

  @Message("Rank with this")
  String pol_choose();

  @Message("Your organisation ranks with {policy} when a match names no policy.")
  String pol_choice(String policy);

  @Message("Your organisation's policy is changed.")
  String pol_chosen_notice();

  @Message("Version {version} is published.")
  String pol_published(String version);

  @Message("Versions")
  String pol_versions();

  @Message("Every published version; a published version never changes")
  String pol_versions_caption();

  @Message("Published")
  String pol_published_at();

  @Message("By")
  String pol_published_by();

  @Message("Rules")
  String pol_rule_count();

  @Message("Change note")
  String pol_change_note();

  @Message("Effect of the draft on open requirements")
  String pol_preview_heading();

  @Message("Compared over {compared} open requirements. Nothing is published yet.")
  String pol_preview_intro(int compared);

  @Message("Ranked now: {before}; with the draft: {after}; offerings that move: {moved}.")
  String pol_preview_counts(int before, int after, int moved);

  @Message("Rank now")
  String pol_rank_now();

  @Message("Rank with the draft")
  String pol_rank_draft();

  @Message("excluded")
  String pol_not_ranked();

  @Message("Edit a draft")
  String pol_editor_heading();

  @Message(
      "Change, add or clear rules (a rule left entirely empty is dropped), preview the effect, then publish a new version.")
  String pol_editor_intro();

  @Message("Rule {number}: {name}")
  String pol_rule_legend(int number, String name);

  @Message("New rule")
  String pol_new_rule();

  @Message("Rule {row}, {part}")
  String pol_rule_part(int row, String part);

  @Message("Only for the effect that adds points; −1000 to 1000")
  String pol_points_hint();

  @Message("Preview the effect")
  String pol_preview();

  @Message("Publish a new version")
  String pol_publish();
}
