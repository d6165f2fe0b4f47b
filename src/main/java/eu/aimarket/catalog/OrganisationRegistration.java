package eu.aimarket.catalog;

import eu.aimarket.common.DomainException;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Registers and changes an organisation together with its supplier profile, in one transaction:
 * either both are saved or neither is.
 */
@ApplicationScoped
public class OrganisationRegistration {

  private final OrganisationService organisations;
  private final SupplierService suppliers;

  OrganisationRegistration(OrganisationService organisations, SupplierService suppliers) {
    this.organisations = organisations;
    this.suppliers = suppliers;
  }

  @Transactional
  public OrganisationDetails register(
      OrganisationDetails details, SupplierProfileData supplier, String memberSubject) {
    requireProfileMatchesKind(details, supplier);
    OrganisationDetails registered = organisations.register(details, memberSubject);
    if (supplier != null) {
      suppliers.save(registered.id(), supplier, null);
    }
    return registered;
  }

  @Transactional
  public OrganisationDetails update(
      UUID id, OrganisationDetails details, SupplierProfileData supplier, long expectedVersion) {
    if (supplier == null && details.kind().supplies() && !suppliers.exists(id)) {
      throw DomainException.invalid("supplier", "is required for an organisation that supplies");
    }
    if (supplier != null && !details.kind().supplies()) {
      throw DomainException.invalid("supplier", "is only for organisations that supply");
    }
    OrganisationDetails updated = organisations.update(id, details, expectedVersion);
    if (supplier != null) {
      suppliers.save(id, supplier, null);
    }
    return updated;
  }

  private static void requireProfileMatchesKind(
      OrganisationDetails details, SupplierProfileData supplier) {
    if (details.kind().supplies() && supplier == null) {
      throw DomainException.invalid("supplier", "is required for an organisation that supplies");
    }
    if (!details.kind().supplies() && supplier != null) {
      throw DomainException.invalid("supplier", "is only for organisations that supply");
    }
  }
}
