package eu.aimarket.catalog;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OfferingRepository implements PanacheRepositoryBase<Offering, UUID> {

  /**
   * One page of the offerings that match, in id order after {@code afterId}. {@code supplierIds}
   * (when not null) restricts the result to those suppliers, e.g. those headquartered in a country
   * or whose name matches the text, as resolved by their owning modules.
   */
  public List<Offering> findPage(
      OfferingFilter filter,
      Collection<UUID> hqSupplierIds,
      Collection<UUID> namedSupplierIds,
      UUID afterId,
      int limit) {
    return matching(filter, hqSupplierIds, namedSupplierIds, afterId)
        .map(query -> query.page(0, limit).list())
        .orElse(List.of());
  }

  /** Every offering that matches, in id order: for searches ordered or filtered in memory. */
  public List<Offering> findMatching(
      OfferingFilter filter, Collection<UUID> hqSupplierIds, Collection<UUID> namedSupplierIds) {
    return matching(filter, hqSupplierIds, namedSupplierIds, null)
        .map(PanacheQuery::list)
        .orElse(List.of());
  }

  /** The query for a filter, or empty when the filter cannot match anything. */
  private Optional<PanacheQuery<Offering>> matching(
      OfferingFilter filter,
      Collection<UUID> hqSupplierIds,
      Collection<UUID> namedSupplierIds,
      UUID afterId) {
    StringBuilder query = new StringBuilder("from Offering o where o.status in :statuses");
    Parameters parameters = Parameters.with("statuses", filter.statuses());
    if (afterId != null) {
      query.append(" and o.id > :after");
      parameters.and("after", afterId);
    }
    if (filter.category() != null) {
      query.append(" and o.category = :category");
      parameters.and("category", filter.category());
    }
    if (filter.supplierId() != null) {
      query.append(" and o.supplierId = :supplier");
      parameters.and("supplier", filter.supplierId());
    }
    if (hqSupplierIds != null) {
      if (hqSupplierIds.isEmpty()) {
        return Optional.empty();
      }
      query.append(" and o.supplierId in :hqSuppliers");
      parameters.and("hqSuppliers", hqSupplierIds);
    }
    if (filter.dataIn() != null) {
      query.append(
          " and exists (select 1 from Offering s join s.dataStorageCountries c where s.id = o.id)"
              + " and not exists (select 1 from Offering s join s.dataStorageCountries c"
              + " where s.id = o.id and c not in :region)"
              + " and not exists (select 1 from Offering p join p.dataProcessingCountries c"
              + " where p.id = o.id and c not in :region)");
      parameters.and("region", OfferingFilter.region(filter.dataIn()));
    }
    if (filter.openWeights() != null) {
      query.append(" and o.openWeights = :openWeights");
      parameters.and("openWeights", filter.openWeights());
    }
    if (filter.language() != null) {
      query.append(" and :language member of o.languages");
      parameters.and("language", filter.language());
    }
    if (filter.certification() != null) {
      query.append(" and :certification member of o.certifications");
      parameters.and("certification", filter.certification());
    }
    if (filter.text() != null) {
      query.append(
          " and (lower(o.name) like :text escape '!' or lower(o.description) like :text escape '!'");
      if (namedSupplierIds != null && !namedSupplierIds.isEmpty()) {
        query.append(" or o.supplierId in :namedSuppliers");
        parameters.and("namedSuppliers", namedSupplierIds);
      }
      query.append(")");
      parameters.and("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
    }
    return Optional.of(find(query + " order by o.id", parameters));
  }

  public List<UUID> findIdsBySupplier(UUID supplierId) {
    return getEntityManager()
        .createQuery("select o.id from Offering o where o.supplierId = :supplier", UUID.class)
        .setParameter("supplier", supplierId)
        .getResultList();
  }

  public long countByStatus(OfferingStatus status) {
    return count("status", status);
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
