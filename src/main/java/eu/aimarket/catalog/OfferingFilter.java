package eu.aimarket.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * What a catalogue search asks for. Every field is optional; {@code dataIn} is a country code or
 * {@code EU}/{@code EEA} and matches offerings whose data is stored and processed only there.
 */
public record OfferingFilter(
    Category category,
    String hqCountry,
    String dataIn,
    Boolean openWeights,
    String language,
    Certification certification,
    String text,
    UUID supplierId,
    Set<OfferingStatus> statuses) {

  public static OfferingFilter published() {
    return new OfferingFilter(
        null, null, null, null, null, null, null, null, Set.of(OfferingStatus.PUBLISHED));
  }

  /** The countries a {@code dataIn} value stands for. */
  public static Set<String> region(String dataIn) {
    return switch (dataIn) {
      case "EU" -> Countries.EU;
      case "EEA" -> Countries.EEA;
      default -> Set.of(dataIn);
    };
  }
}
