package eu.aimarket.tender.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the tender pages ({@code tender:} in templates). English here; German and French in
 * {@code messages/tender_de.properties} and {@code messages/tender_fr.properties}, checked complete
 * by a test.
 */
@MessageBundle(value = "tender", locale = "en")
public interface TenderMessages {

  @Message("Tenders")
  String nav_tenders();

  @Message("Tenders")
  String list_heading();

  @Message(
      "Open tenders, where you may ask questions and respond, and your organisation's own tenders.")
  String list_intro();

  @Message("Tenders, oldest first")
  String list_caption();

  @Message("There are no tenders yet.")
  String list_none();

  @Message("Title")
  String title();

  @Message("Buyer")
  String buyer();

  @Message("Questions until (UTC)")
  String questions_deadline();

  @Message("Responses until (UTC)")
  String responses_deadline();

  @Message("Status")
  String status();

  @Message("Your offerings ranked")
  String matched();

  @Message("Yes")
  String yes();

  @Message("No")
  String no();

  @Message(
      "{#when status}{#is OPEN}Open{#is AWARDED}Awarded{#is CANCELLED}Cancelled{#is NONE_SUITABLE}No suitable response{/when}")
  String status_name(eu.aimarket.tender.TenderStatus status);

  @Message(
      "{#when status}{#is DRAFT}Draft{#is SUBMITTED}Submitted{#is WITHDRAWN}Withdrawn{#is AWARDED}Awarded{#is UNSUCCESSFUL}Unsuccessful{/when}")
  String response_status(eu.aimarket.tender.ResponseStatus status);

  @Message("Publish as a tender")
  String publish_heading();

  @Message(
      "Suppliers may ask questions until the first deadline and respond until the second. Times are in UTC.")
  String publish_intro();

  @Message("Publish the tender")
  String publish();

  @Message("Requirement")
  String requirement();

  @Message("What responses give evidence for")
  String criteria_heading();

  @Message(
      "{#switch key}{#case 'must.dataLocation'}Must: data location{#case 'must.deploymentModels'}Must: deployment model{#case 'must.certifications'}Must: certifications{#case 'must.openWeights'}Must: open weights{#case 'must.languages'}Must: languages{#case 'must.minimumSeal'}Must: minimum sovereignty levels{#case 'must.maxPrice'}Must: maximum price{#case 'nice.languages'}Nice to have: languages{#case 'nice.certifications'}Nice to have: certifications{#case 'nice.openWeights'}Nice to have: open weights{#case 'nice.deploymentModels'}Nice to have: deployment models{#case 'nice.euSupport'}Nice to have: support from the EU{#case 'nice.price'}Nice to have: price{#else}{key}{/switch}")
  String criterion(String key);

  @Message("Clarification questions")
  String questions_heading();

  @Message("No questions yet.")
  String questions_none();

  @Message("Question")
  String question();

  @Message("Answer")
  String answer();

  @Message("Not answered yet")
  String unanswered();

  @Message("asked by your organisation")
  String asked_by_you();

  @Message("Ask privately")
  String ask();

  @Message("Only the buyer sees your question; its answer is published to every supplier.")
  String ask_hint();

  @Message("Publish the answer")
  String publish_answer();

  @Message("Questions closed on {when}.")
  String questions_closed(String when);

  @Message("Your response")
  String your_response_heading();

  @Message("Respond")
  String respond();

  @Message("Open your response")
  String open_response();

  @Message("Responses side by side")
  String responses_heading();

  @Message(
      "Submitted responses with each offering's rank in the latest ranking and its Sovereignty Score")
  String responses_caption();

  @Message("No submitted responses yet.")
  String responses_none();

  @Message("Supplier")
  String supplier();

  @Message("Offerings")
  String offerings();

  @Message("Rank {rank}")
  String rank(int rank);

  @Message("not in the ranking")
  String not_ranked();

  @Message("Sovereignty Score {score}")
  String sovereignty(String score);

  @Message("Price (EUR)")
  String price();

  @Message("Price unit")
  String price_unit();

  @Message("Evidence")
  String evidence();

  @Message("Shortlisted")
  String shortlisted();

  @Message("Note")
  String note();

  @Message("Save the evaluation")
  String save_evaluation();

  @Message("Responses are evaluated after {when}.")
  String evaluation_after(String when);

  @Message("Outcome")
  String conclude_heading();

  @Message("Outcome")
  String outcome();

  @Message(
      "{#when outcome}{#is AWARDED}Award to a response{#is NONE_SUITABLE}No response is suitable{#is CANCELLED}Cancel the tender{/when}")
  String outcome_name(eu.aimarket.tender.TenderOutcome outcome);

  @Message("Awarded response")
  String awarded_response();

  @Message("Value (EUR)")
  String value();

  @Message("Contract start")
  String contract_start();

  @Message("Contract end")
  String contract_end();

  @Message("Reason")
  String reason();

  @Message("Record the outcome")
  String conclude();

  @Message("Choose a response (only for an award)")
  String choose_response();

  @Message("Awarded to {supplier} for {value} EUR, from {start} to {end}.")
  String outcome_awarded(String supplier, String value, String start, String end);

  @Message("Closed: {reason}")
  String outcome_closed(String reason);

  @Message("Save as draft")
  String save_draft();

  @Message("Submit the response")
  String submit();

  @Message("Withdraw the response")
  String withdraw();

  @Message(
      "A draft may be incomplete. To submit, choose at least one offering, give a price and evidence for every must-have, before {when} (UTC).")
  String response_intro(String when);

  @Message("Saved.")
  String saved();

  @Message("The deadline has passed ({when} UTC); nothing was changed.")
  String deadline_passed(String when);

  @Message("This is not possible now: {detail}")
  String not_possible(String detail);

  @Message("Your organisation has no published offering to respond with.")
  String no_offerings();

  @Message("Your organisation's responses")
  String your_responses_heading();

  @Message("Your organisation's responses, most recently changed first")
  String your_responses_caption();
}
