package eu.aimarket.tender;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TenderQuestionRepository implements PanacheRepositoryBase<TenderQuestion, UUID> {

  public List<TenderQuestion> findByTender(UUID tenderId) {
    return list("tenderId = ?1 order by askedAt, id", tenderId);
  }
}
