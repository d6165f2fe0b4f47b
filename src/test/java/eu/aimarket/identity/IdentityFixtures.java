package eu.aimarket.identity;

import eu.aimarket.catalog.demo.DemoCatalogLoader;
import java.security.SecureRandom;
import java.util.UUID;

/** Organisations and members for identity tests, made through the service as the API would. */
public final class IdentityFixtures {

  /** Demo buyer whose member is the demo user {@code buyer}. */
  public static final UUID GEMEENTE = DemoCatalogLoader.organisationId("gemeente-demo");

  /** Demo buyer without members. */
  public static final UUID MITTELSTAND = DemoCatalogLoader.organisationId("mittelstand-demo");

  /** Demo supplier whose member is the demo user {@code supplier}. */
  public static final UUID MISTRAL = DemoCatalogLoader.organisationId("mistral-ai");

  private static final SecureRandom RANDOM = new SecureRandom();

  private IdentityFixtures() {}

  /** A VAT number no other test uses. */
  public static String uniqueVat() {
    return "NL" + String.format("%09d", RANDOM.nextInt(1_000_000_000)) + "B01";
  }

  /** A name no other test uses, for subjects and labels. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Registers a buyer organisation whose only member is {@code subject}. */
  public static UUID buyerWithMember(OrganisationService organisations, String subject) {
    return organisations
        .register(
            new OrganisationDetails(
                null,
                unique("Buyer"),
                uniqueVat(),
                "NL",
                null,
                OrganisationKind.BUYER,
                0,
                null,
                null),
            subject)
        .id();
  }
}
