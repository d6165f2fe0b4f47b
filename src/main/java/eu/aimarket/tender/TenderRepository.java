package eu.aimarket.tender;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TenderRepository implements PanacheRepositoryBase<Tender, UUID> {

  public Optional<Tender> findByRequirement(UUID requirementId) {
    return find("requirementId", requirementId).firstResultOptional();
  }

  /**
   * A page of the tenders a caller may list, in id order: every open tender (the lead feed), plus
   * the given buyer organisations' tenders in any state.
   */
  public List<Tender> findVisiblePage(Collection<UUID> ownBuyerIds, UUID afterId, int limit) {
    StringBuilder query = new StringBuilder("from Tender t where (t.status = :open");
    Parameters parameters = Parameters.with("open", TenderStatus.OPEN);
    if (!ownBuyerIds.isEmpty()) {
      query.append(" or t.buyerOrganisationId in :own");
      parameters.and("own", ownBuyerIds);
    }
    query.append(")");
    if (afterId != null) {
      query.append(" and t.id > :after");
      parameters.and("after", afterId);
    }
    return find(query + " order by t.id", parameters).page(0, limit).list();
  }
}
