package eu.aimarket.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class SovereigntyClaimRepository implements PanacheRepositoryBase<SovereigntyClaim, UUID> {

  public Map<UUID, List<SovereigntyClaim>> findByOfferingIds(Collection<UUID> offeringIds) {
    if (offeringIds.isEmpty()) {
      return Map.of();
    }
    return list("offeringId in ?1 order by attribute", offeringIds).stream()
        .collect(Collectors.groupingBy(SovereigntyClaim::getOfferingId));
  }

  public Map<UUID, List<SovereigntyClaim>> findBySupplierIds(Collection<UUID> supplierIds) {
    if (supplierIds.isEmpty()) {
      return Map.of();
    }
    return list("supplierId in ?1 order by attribute", supplierIds).stream()
        .collect(Collectors.groupingBy(SovereigntyClaim::getSupplierId));
  }

  /** One page of the claims in a state, longest unchanged first; {@code pageIndex} from 0. */
  public List<SovereigntyClaim> findByStatus(ClaimStatus status, int pageIndex, int pageSize) {
    return find("status = ?1 order by updatedAt, id", status).page(pageIndex, pageSize).list();
  }

  public long countByStatus(ClaimStatus status) {
    return count("status", status);
  }

  public List<SovereigntyClaim> findBySupplier(UUID supplierId) {
    return list("supplierId = ?1 order by attribute", supplierId);
  }

  public List<SovereigntyClaim> findByOffering(UUID offeringId) {
    return list("offeringId = ?1 order by attribute", offeringId);
  }
}
