package eu.aimarket.identity.api;

import eu.aimarket.identity.NewMember;
import eu.aimarket.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member to add: the subject of their token (Keycloak's user id, or for a procurement system the
 * id or username of its service account), their role, and a label to show.
 */
public record MemberRequest(
    @Schema(example = "service-account-erp") @NotBlank @Size(max = 255) String subject,
    @NotNull Role role,
    @Size(max = 255) String label,
    Boolean serviceAccount) {

  NewMember member() {
    return new NewMember(
        subject.strip(),
        role,
        label == null || label.isBlank() ? null : label.strip(),
        Boolean.TRUE.equals(serviceAccount));
  }
}
