package eu.aimarket.tender;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TenderResponseRepository implements PanacheRepositoryBase<TenderResponse, UUID> {

  public List<TenderResponse> findByTender(UUID tenderId) {
    return list("tenderId = ?1 order by id", tenderId);
  }

  public Optional<TenderResponse> findBySupplier(UUID tenderId, UUID supplierOrganisationId) {
    return find("tenderId = ?1 and supplierOrganisationId = ?2", tenderId, supplierOrganisationId)
        .firstResultOptional();
  }

  public List<TenderResponse> findOfSuppliers(Collection<UUID> supplierOrganisationIds) {
    if (supplierOrganisationIds.isEmpty()) {
      return List.of();
    }
    return list("supplierOrganisationId in ?1 order by id", supplierOrganisationIds);
  }
}
