package eu.aimarket.identity;

/**
 * A member to add: the OIDC subject (or username) under which the provider signs them in, their
 * role in the organisation, a label to show, and whether it is a procurement system's account.
 */
public record NewMember(String subject, Role role, String label, boolean serviceAccount) {}
