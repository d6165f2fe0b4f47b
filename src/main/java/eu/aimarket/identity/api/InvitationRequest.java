package eu.aimarket.identity.api;

import eu.aimarket.identity.AccountProvisioning.Invitee;
import eu.aimarket.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A colleague to invite into the organisation, with the role they will have there. */
public record InvitationRequest(
    @Schema(example = "anna.muster@example.eu") @NotBlank @Email @Size(max = 254) String email,
    @Size(max = 100) String firstName,
    @Size(max = 100) String lastName,
    @NotNull Role role) {

  Invitee invitee() {
    return new Invitee(email.strip(), blankToNull(firstName), blankToNull(lastName));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
