package eu.aimarket.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BuyerPolicyChoiceRepository
    implements PanacheRepositoryBase<BuyerPolicyChoice, UUID> {}
