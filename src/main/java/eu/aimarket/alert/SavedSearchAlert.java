package eu.aimarket.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something new that matched a saved search, and when its owner was told. */
@Entity
@Table(name = "saved_search_alert")
public class SavedSearchAlert {

  @Id private UUID id;

  @Column(name = "search_id", nullable = false)
  private UUID searchId;

  @Column(name = "item_id", nullable = false)
  private UUID itemId;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "href", nullable = false)
  private String href;

  @Column(name = "matched_at", nullable = false)
  private OffsetDateTime matchedAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected SavedSearchAlert() {}

  SavedSearchAlert(
      UUID id, UUID searchId, UUID itemId, String title, String href, OffsetDateTime matchedAt) {
    this.id = id;
    this.searchId = searchId;
    this.itemId = itemId;
    this.title = title;
    this.href = href;
    this.matchedAt = matchedAt;
  }

  void sent(OffsetDateTime at) {
    this.sentAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getSearchId() {
    return searchId;
  }

  public UUID getItemId() {
    return itemId;
  }

  public String getTitle() {
    return title;
  }

  public String getHref() {
    return href;
  }

  public OffsetDateTime getMatchedAt() {
    return matchedAt;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }
}
