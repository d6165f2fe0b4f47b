package eu.aimarket.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

  private static final String OF_SUPPLIER =
      " and (c.supplierId = :supplier or c.offeringId in"
          + " (select o.id from Offering o where o.supplierId = :supplier))";

  /**
   * One page of the claims in a state, longest unchanged first; {@code pageIndex} from 0. A {@code
   * supplierId} keeps the claims of that supplier and of its offerings.
   */
  public List<SovereigntyClaim> findByStatus(
      ClaimStatus status, UUID supplierId, int pageIndex, int pageSize) {
    Parameters parameters = Parameters.with("status", status);
    String query = "from SovereigntyClaim c where c.status = :status";
    if (supplierId != null) {
      query += OF_SUPPLIER;
      parameters.and("supplier", supplierId);
    }
    return find(query + " order by c.updatedAt, c.id", parameters).page(pageIndex, pageSize).list();
  }

  public long countByStatus(ClaimStatus status, UUID supplierId) {
    Parameters parameters = Parameters.with("status", status);
    String query = "from SovereigntyClaim c where c.status = :status";
    if (supplierId != null) {
      query += OF_SUPPLIER;
      parameters.and("supplier", supplierId);
    }
    return count(query, parameters);
  }

  public List<SovereigntyClaim> findBySupplier(UUID supplierId) {
    return list("supplierId = ?1 order by attribute", supplierId);
  }

  public List<SovereigntyClaim> findByOffering(UUID offeringId) {
    return list("offeringId = ?1 order by attribute", offeringId);
  }
}
