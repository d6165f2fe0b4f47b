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

  /**
   * Pages that need a signed-in caller are for people. A procurement system's service account works
   * through the API only, so that its credentials cannot reach what a person does in the portal.
   */
  public void requirePerson() {
    requireSignedIn();
    if (user.isServiceAccount()) {
      throw DomainException.forbidden("A service account uses the API; these pages are for people");
    }
  }

  /**
   * Who may register an organisation (and become its member): any signed-in person. A service
   * account stays a buyer of the one organisation an admin made it a member of.
   */
  public void requireCanRegisterOrganisation() {
    requireSignedIn();
    if (user.isServiceAccount()) {
      throw DomainException.forbidden(
          "A service account acts for one organisation and cannot register another");
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

  /** Who may see an organisation's members: its own members, and admins. */
  public boolean canSeeMembersOf(UUID organisationId) {
    return !user.isAnonymous() && (user.isAdmin() || user.isMemberOf(organisationId));
  }

  public void requireCanSeeMembersOf(UUID organisationId) {
    requireSignedIn();
    if (!canSeeMembersOf(organisationId)) {
      throw DomainException.forbidden("Only members of this organisation may see its members");
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
   * Who may add a member: admins anyone; members add colleagues in a role they hold themselves.
   * Service accounts and the admin role are for admins to hand out, since they reach beyond one
   * person; and a service account, a program, never decides who belongs to an organisation.
   */
  public void requireCanAddMember(UUID organisationId, Role role, boolean serviceAccount) {
    requireSignedIn();
    if (user.isAdmin()) {
      return;
    }
    requireNotServiceAccount();
    if (serviceAccount) {
      throw DomainException.forbidden(
          "Only administrators may make a procurement system's service account a member");
    }
    if (role == Role.ADMIN) {
      throw DomainException.forbidden("Only administrators may grant the admin role");
    }
    if (!user.isMemberOf(organisationId, role)) {
      throw DomainException.forbidden(
          "Members may add colleagues only in a role they hold in this organisation");
    }
  }

  /** Who may remove a member: the organisation's members (people, not programs), and admins. */
  public void requireCanRemoveMemberOf(UUID organisationId) {
    requireSignedIn();
    if (user.isAdmin()) {
      return;
    }
    requireNotServiceAccount();
    if (!user.isMemberOf(organisationId)) {
      throw DomainException.forbidden("Only members of this organisation may remove its members");
    }
  }

  /** The audit log shows every organisation's changes: admins only. */
  public void requireCanReadAuditLog() {
    requireAdmin();
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

  private void requireNotServiceAccount() {
    if (user.isServiceAccount()) {
      throw DomainException.forbidden("Only people and administrators manage members");
    }
  }

  public void requireAdmin() {
    requireSignedIn();
    if (!user.isAdmin()) {
      throw DomainException.forbidden("Only administrators may do this");
    }
  }
}
