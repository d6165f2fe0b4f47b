package eu.aimarket.catalog.sovereignty;

import static eu.aimarket.catalog.ClaimAttribute.CERTIFICATIONS;
import static eu.aimarket.catalog.ClaimAttribute.CONTROL;
import static eu.aimarket.catalog.ClaimAttribute.DATA_LOCATION;
import static eu.aimarket.catalog.ClaimAttribute.DEPLOYMENT;
import static eu.aimarket.catalog.ClaimAttribute.ENVIRONMENT;
import static eu.aimarket.catalog.ClaimAttribute.EU_PRESENCE;
import static eu.aimarket.catalog.ClaimAttribute.EXTRATERRITORIAL_LAWS;
import static eu.aimarket.catalog.ClaimAttribute.HARDWARE_ORIGIN;
import static eu.aimarket.catalog.ClaimAttribute.HEADQUARTERS;
import static eu.aimarket.catalog.ClaimAttribute.OPEN_WEIGHTS;
import static eu.aimarket.catalog.ClaimAttribute.SUPPORT_LOCATION;

import eu.aimarket.catalog.ClaimAttribute;
import java.util.List;

/**
 * The eight sovereignty objectives of the EU Cloud Sovereignty Framework v1.2.1 with their weights
 * (percent of the Sovereignty Score) and the claims each one rests on.
 */
public enum Objective {
  SOV_1("SOV-1", "Strategic", 15, List.of(CONTROL, HEADQUARTERS, DEPLOYMENT, OPEN_WEIGHTS)),
  SOV_2(
      "SOV-2", "Legal & jurisdictional", 10, List.of(HEADQUARTERS, CONTROL, EXTRATERRITORIAL_LAWS)),
  SOV_3(
      "SOV-3",
      "Data & AI",
      10,
      List.of(DATA_LOCATION, EXTRATERRITORIAL_LAWS, DEPLOYMENT, OPEN_WEIGHTS)),
  SOV_4(
      "SOV-4", "Operational", 15, List.of(SUPPORT_LOCATION, EU_PRESENCE, DEPLOYMENT, OPEN_WEIGHTS)),
  SOV_5("SOV-5", "Supply chain", 20, List.of(HARDWARE_ORIGIN, CONTROL, EXTRATERRITORIAL_LAWS)),
  SOV_6("SOV-6", "Technology", 15, List.of(OPEN_WEIGHTS, DEPLOYMENT, HARDWARE_ORIGIN)),
  SOV_7("SOV-7", "Security & compliance", 10, List.of(CERTIFICATIONS, EXTRATERRITORIAL_LAWS)),
  SOV_8("SOV-8", "Environmental sustainability", 5, List.of(ENVIRONMENT));

  private final String id;
  private final String title;
  private final int weightPercent;
  private final List<ClaimAttribute> basedOn;

  Objective(String id, String title, int weightPercent, List<ClaimAttribute> basedOn) {
    this.id = id;
    this.title = title;
    this.weightPercent = weightPercent;
    this.basedOn = basedOn;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public int weightPercent() {
    return weightPercent;
  }

  public List<ClaimAttribute> basedOn() {
    return basedOn;
  }

  public static Objective byId(String id) {
    for (Objective objective : values()) {
      if (objective.id.equals(id)) {
        return objective;
      }
    }
    throw new IllegalArgumentException("Unknown sovereignty objective " + id);
  }
}
