package eu.aimarket.integration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a webhook subscriber can be told about. The wire names are part of the API contract: new
 * types may be added within /api/v1, existing ones never change meaning.
 */
public enum EventType {
  REQUIREMENT_PUBLISHED("requirement.published"),
  MATCH_RUN_COMPLETED("match-run.completed"),
  OFFERING_PUBLISHED("offering.published"),
  OFFERING_CHANGED("offering.changed"),
  CLAIM_VERIFIED("claim.verified"),
  TENDER_PUBLISHED("tender.published"),
  QUESTION_ASKED("question.asked"),
  QUESTION_ANSWERED("question.answered"),
  RESPONSE_SUBMITTED("response.submitted"),
  RESPONSE_WITHDRAWN("response.withdrawn"),
  TENDER_AWARDED("tender.awarded"),
  TENDER_CLOSED("tender.closed"),
  RESPONSE_DECIDED("response.decided"),
  SAVED_SEARCH_MATCHED("saved-search.matched");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
  }

  /** The wire name, so that error messages list the values a client may send. */
  @Override
  public String toString() {
    return wireName;
  }
}
