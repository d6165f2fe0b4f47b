package eu.aimarket.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The policy a buyer organisation ranks with when a request names none. */
@Entity
@Table(name = "buyer_policy_choice")
public class BuyerPolicyChoice {

  @Id
  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(name = "policy_id", nullable = false)
  private UUID policyId;

  @Column(name = "chosen_at", nullable = false)
  private OffsetDateTime chosenAt;

  @Column(name = "chosen_by", nullable = false)
  private String chosenBy;

  protected BuyerPolicyChoice() {}

  public BuyerPolicyChoice(UUID organisationId) {
    this.organisationId = organisationId;
  }

  /** Records a new choice, with who made it and when. */
  public void choose(UUID policyId, String chosenBy, OffsetDateTime chosenAt) {
    this.policyId = policyId;
    this.chosenBy = chosenBy;
    this.chosenAt = chosenAt;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public UUID getPolicyId() {
    return policyId;
  }

  public OffsetDateTime getChosenAt() {
    return chosenAt;
  }

  public String getChosenBy() {
    return chosenBy;
  }
}
