package eu.aimarket.identity;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The one place that decides who may do what: roles plus ownership of the organisation an object
 * belongs to. The JSON API and the pages both ask it, so they cannot disagree.
 */
@RequestScoped
public class AccessPolicy {

  private final CurrentUser user;

  public AccessPolicy(CurrentUser user) {
    this.user = user;
  }

  public CurrentUser user() {
    return user;
  }

  public void requireSignedIn() {
    if (user.isAnonymous()) {
      throw new DomainException(ProblemType.UNAUTHENTICATED, "Sign in to do this");
    }
  }

  /** May the caller change this organisation's profile? Its buyers and suppliers, and admins. */
  public boolean canEditOrganisation(UUID organisationId) {
    return user.isAdmin() || user.isMemberOf(organisationId);
  }

  public void requireCanEditOrganisation(UUID organisationId) {
    requireSignedIn();
    if (!canEditOrganisation(organisationId)) {
      throw DomainException.forbidden("Only members of this organisation may change it");
    }
  }

  /** May the caller create and change this supplier's offerings? Its suppliers, and admins. */
  public boolean canManageOfferingsOf(UUID supplierId) {
    return user.isAdmin() || user.isMemberOf(supplierId, Role.SUPPLIER);
  }

  public void requireCanManageOfferingsOf(UUID supplierId) {
    requireSignedIn();
    if (!canManageOfferingsOf(supplierId)) {
      throw DomainException.forbidden("Only this supplier's own members may change its offerings");
    }
  }

  /** Drafts and retired offerings are visible to their supplier and to admins only. */
  public boolean canSeeUnpublishedOfferingsOf(UUID supplierId) {
    return !user.isAnonymous() && canManageOfferingsOf(supplierId);
  }

  /** Requirements, match runs and policy choices belong to a buyer organisation's buyers. */
  public boolean canManageRequirementsOf(UUID buyerOrganisationId) {
    return user.isAdmin() || user.isMemberOf(buyerOrganisationId, Role.BUYER);
  }

  public void requireCanManageRequirementsOf(UUID buyerOrganisationId) {
    requireSignedIn();
    if (!canManageRequirementsOf(buyerOrganisationId)) {
      throw DomainException.forbidden("Only this buyer organisation's own buyers may do this");
    }
  }

  /**
   * May the caller read the incentive policies of this owner ({@code null}: the platform's)?
   * Platform policies are public, being the published ranking parameters; a buyer organisation's
   * own are for its members and admins.
   */
  public boolean canSeePoliciesOf(UUID ownerOrganisationId) {
    return ownerOrganisationId == null
        || (!user.isAnonymous() && (user.isAdmin() || user.isMemberOf(ownerOrganisationId)));
  }

  /**
   * May the caller publish policies of this owner ({@code null}: the platform's) and choose the
   * buyer organisation's policy? Admins for the platform; the organisation's buyers, and admins.
   */
  public boolean canManagePoliciesOf(UUID ownerOrganisationId) {
    if (user.isAnonymous()) {
      return false;
    }
    return user.isAdmin()
        || (ownerOrganisationId != null && user.isMemberOf(ownerOrganisationId, Role.BUYER));
  }

  public void requireCanManagePoliciesOf(UUID ownerOrganisationId) {
    requireSignedIn();
    if (!canManagePoliciesOf(ownerOrganisationId)) {
      throw DomainException.forbidden(
          ownerOrganisationId == null
              ? "Only administrators may publish platform policies"
              : "Only this organisation's buyers may manage its incentive policies");
    }
  }

  /**
   * May the caller manage this organisation's webhook subscriptions and read their delivery logs?
   * Its members in any role (buyers and suppliers both receive events), and admins.
   */
  public boolean canManageWebhooksOf(UUID organisationId) {
    return !user.isAnonymous() && (user.isAdmin() || user.isMemberOf(organisationId));
  }

  public void requireCanManageWebhooksOf(UUID organisationId) {
    requireSignedIn();
    if (!canManageWebhooksOf(organisationId)) {
      throw DomainException.forbidden(
          "Only members of this organisation may manage its webhook subscriptions");
    }
  }

  public void requireAdmin() {
    requireSignedIn();
    if (!user.isAdmin()) {
      throw DomainException.forbidden("Only administrators may do this");
    }
  }
}
