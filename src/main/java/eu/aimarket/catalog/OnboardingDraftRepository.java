package eu.aimarket.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OnboardingDraftRepository implements PanacheRepositoryBase<OnboardingDraft, String> {}
