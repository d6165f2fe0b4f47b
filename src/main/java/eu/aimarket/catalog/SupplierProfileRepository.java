package eu.aimarket.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SupplierProfileRepository implements PanacheRepositoryBase<SupplierProfile, UUID> {

  public Map<UUID, SupplierProfile> findByIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return list("organisationId in ?1", ids).stream()
        .collect(Collectors.toMap(SupplierProfile::getOrganisationId, Function.identity()));
  }

  public List<UUID> findIdsByHeadquartersCountry(String country) {
    return getEntityManager()
        .createQuery(
            "select s.organisationId from SupplierProfile s where s.headquartersCountry = :country",
            UUID.class)
        .setParameter("country", country)
        .getResultList();
  }
}
