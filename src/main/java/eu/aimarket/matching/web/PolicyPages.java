package eu.aimarket.matching.web;

import eu.aimarket.catalog.FormError;
import eu.aimarket.catalog.InvalidForm;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import eu.aimarket.matching.PolicyPreview;
import eu.aimarket.policy.PolicyChoice;
import eu.aimarket.policy.PolicyDetails;
import eu.aimarket.policy.PolicyDraft;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicySummary;
import eu.aimarket.policy.RuleEffect;
import eu.aimarket.web.FormErrors;
import eu.aimarket.web.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The policy editor: the policies a person may see with their versions; a draft of a policy's rules
 * edited in a plain form, with each rule's validation errors next to it; a preview of the draft's
 * effect on open requirements; and publishing, refused when someone published meanwhile. Admins
 * edit the platform's policies, a buyer organisation's buyers its own, and choose which one their
 * organisation ranks with.
 */
@Path("/policies")
@Produces(MediaType.TEXT_HTML)
public class PolicyPages {

  static final int LIST_SIZE = 100;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance policies(
        List<PolicySummary> policies, List<PolicyChoice> choices, String chosen);

    static native TemplateInstance policy(
        PolicyDetails policy,
        boolean editable,
        PolicyForm form,
        FormErrors errors,
        List<RuleEffect> effects,
        PolicyPreview.Preview preview,
        String published);
  }

  private final PolicyService policies;
  private final PolicyPreview previews;
  private final AccessPolicy access;
  private final Validator validator;
  private final Language language;

  public PolicyPages(
      PolicyService policies,
      PolicyPreview previews,
      AccessPolicy access,
      Validator validator,
      Language language) {
    this.policies = policies;
    this.previews = previews;
    this.access = access;
    this.validator = validator;
    this.language = language;
  }

  @GET
  public TemplateInstance list(@QueryParam("chosen") String chosen) {
    access.requirePerson();
    Set<UUID> buyers = buyerOrganisations();
    if (buyers.isEmpty() && !access.user().isAdmin()) {
      throw DomainException.forbidden("Only buyers and administrators edit incentive policies");
    }
    List<PolicySummary> visible = policies.page(true, buyers, null, LIST_SIZE).items();
    List<PolicyChoice> choices = buyers.stream().map(policies::choice).toList();
    return Templates.policies(visible, choices, "true".equals(chosen) ? "true" : null);
  }

  @GET
  @Path("{id}")
  public TemplateInstance policy(
      @PathParam("id") UUID id, @QueryParam("published") String published) {
    PolicyDetails policy = visible(id);
    return page(
        policy,
        PolicyForm.of(policy),
        FormErrors.none(),
        null,
        published != null && published.matches("\\d{1,6}") ? published : null);
  }

  /** Compiles the draft and shows, for each open requirement in scope, who would move. */
  @POST
  @Path("{id}/preview")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response preview(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    PolicyDetails policy = editable(id);
    PolicyForm form = PolicyForm.from(posted);
    try {
      // Publishing from the previewed editor needs the version it is based on: say now if it is
      // broken, not after the preview.
      form.basedOnVersion();
      PolicyDraft draft = form.toDraft(validator);
      PolicySummary summary =
          policies.find(id).orElseThrow(() -> DomainException.notFound("Policy", id));
      PolicyPreview.Preview preview =
          previews.preview(
              summary, draft.rules(), policy.ownerId() == null ? null : Set.of(policy.ownerId()));
      return Response.ok(page(policy, form, FormErrors.none(), preview, null)).build();
    } catch (InvalidForm e) {
      return invalid(policy, form, e.errors());
    } catch (DomainException e) {
      if (e.type() != ProblemType.VALIDATION) {
        throw e;
      }
      return invalid(policy, form, PolicyForm.formErrors(e.fieldErrors()));
    }
  }

  @POST
  @Path("{id}/publish")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    PolicyDetails policy = editable(id);
    PolicyForm form = PolicyForm.from(posted);
    int basedOn = form.basedOnVersion();
    try {
      PolicyDraft draft = form.toDraft(validator);
      PolicyDetails published = policies.publish(id, basedOn, draft, access.user().name());
      return Response.seeOther(URI.create("/policies/" + id + "?published=" + published.version()))
          .build();
    } catch (InvalidForm e) {
      return invalid(policy, form, e.errors());
    } catch (DomainException e) {
      if (e.type() == ProblemType.CONFLICT) {
        return Response.status(Response.Status.CONFLICT)
            .entity(
                page(
                    policy,
                    form,
                    errors(List.of(FormError.of("basedOn", FormError.Problem.CHANGED))),
                    null,
                    null))
            .build();
      }
      if (e.type() != ProblemType.VALIDATION) {
        throw e;
      }
      return invalid(policy, form, PolicyForm.formErrors(e.fieldErrors()));
    }
  }

  /** Makes the policy the one the buyer's organisation ranks with when a run names none. */
  @POST
  @Path("{id}/choose")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response choose(@PathParam("id") UUID id) {
    access.requirePerson();
    UUID buyer =
        access
            .user()
            .organisationFor(Role.BUYER)
            .orElseThrow(
                () -> DomainException.forbidden("Only members of one buyer organisation choose"));
    access.requireCanManagePoliciesOf(buyer);
    visible(id);
    policies.choose(buyer, id, access.user().name());
    return Response.seeOther(URI.create("/policies?chosen=true")).build();
  }

  private TemplateInstance page(
      PolicyDetails policy,
      PolicyForm form,
      FormErrors errors,
      PolicyPreview.Preview preview,
      String published) {
    return Templates.policy(
        policy,
        access.canManagePoliciesOf(policy.ownerId()),
        form,
        errors,
        List.of(RuleEffect.values()),
        preview,
        published);
  }

  private Response invalid(PolicyDetails policy, PolicyForm form, List<FormError> problems) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(page(policy, form, errors(problems), null, null))
        .build();
  }

  private FormErrors errors(List<FormError> problems) {
    MatchMessages text = language.bundle(MatchMessages.class);
    return FormErrors.of(problems, language.messages(), "", field -> PolicyForm.label(field, text));
  }

  private Set<UUID> buyerOrganisations() {
    return access.user().organisationsWhere(Role.BUYER);
  }

  /** A policy the caller may not see is not found: a buyer's own policies are private. */
  private PolicyDetails visible(UUID id) {
    access.requirePerson();
    PolicyDetails policy = policies.get(id);
    if (!access.canSeePoliciesOf(policy.ownerId())) {
      throw DomainException.notFound("Policy", id);
    }
    return policy;
  }

  private PolicyDetails editable(UUID id) {
    PolicyDetails policy = visible(id);
    access.requireCanManagePoliciesOf(policy.ownerId());
    return policy;
  }
}
