package eu.aimarket.matching.web;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.FormError;
import eu.aimarket.catalog.InvalidForm;
import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Page;
import eu.aimarket.common.ProblemType;
import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.DataSensitivity;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementStatus;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Membership;
import eu.aimarket.identity.Role;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import eu.aimarket.policy.PolicyRef;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicySummary;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The buyer's pages: its organisation's requirements, the form to post and edit one, and running a
 * match. Plain forms posted to the server, so everything works without JavaScript; a form that does
 * not validate comes back with the errors next to the fields and nothing saved.
 */
@Path("/buyer")
@Produces(MediaType.TEXT_HTML)
public class BuyerPages {

  static final int LIST_SIZE = 50;
  static final int POLICY_LIMIT = 100;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance requirements(List<RequirementView> requirements, boolean more);

    static native TemplateInstance form(
        UUID requirementId, RequirementForm form, FormErrors errors, FormChoices choices);

    static native TemplateInstance requirement(
        RequirementView requirement,
        List<MatchRunView> runs,
        List<PolicyRef> policies,
        UUID defaultPolicy,
        FormErrors errors,
        boolean saved);
  }

  /** The options of the form's selects and checkboxes. */
  public record FormChoices(
      List<Category> categories,
      List<DataSensitivity> sensitivities,
      List<BuyerType> buyerTypes,
      List<RequirementStatus> statuses,
      List<DataLocation> locations,
      List<DeploymentModel> deploymentModels,
      List<Certification> certifications,
      List<Objective> objectives,
      List<Integer> sealLevels,
      List<PolicyRef> policies) {}

  private final RequirementService requirements;
  private final MatchService matches;
  private final PolicyService policies;
  private final AccessPolicy access;
  private final Validator validator;
  private final Language language;

  public BuyerPages(
      RequirementService requirements,
      MatchService matches,
      PolicyService policies,
      AccessPolicy access,
      Validator validator,
      Language language) {
    this.requirements = requirements;
    this.matches = matches;
    this.policies = policies;
    this.access = access;
    this.validator = validator;
    this.language = language;
  }

  @GET
  @Path("requirements")
  public TemplateInstance list() {
    Set<UUID> buyers = buyerOrganisations();
    Page<RequirementView> page =
        requirements.page(access.user().isAdmin() ? null : buyers, null, null, LIST_SIZE);
    return Templates.requirements(page.items(), page.nextCursor() != null);
  }

  @GET
  @Path("requirements/new")
  public TemplateInstance newForm() {
    UUID buyer = singleBuyer();
    return Templates.form(null, RequirementForm.blank(), FormErrors.none(), choices(buyer));
  }

  @POST
  @Path("requirements")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    UUID buyer = singleBuyer();
    RequirementForm form = RequirementForm.from(posted);
    try {
      RequirementData data = form.toData(validator, policyIds(buyer));
      RequirementView created = requirements.create(buyer, data, access.user().name());
      return Response.seeOther(URI.create("/buyer/requirements/" + created.id() + "?saved=true"))
          .build();
    } catch (InvalidForm e) {
      return invalid(null, form, e.errors(), buyer);
    } catch (DomainException e) {
      if (e.type() != ProblemType.VALIDATION) {
        throw e;
      }
      return invalid(null, form, RequirementForm.formErrors(e.fieldErrors()), buyer);
    }
  }

  @GET
  @Path("requirements/{id}")
  public TemplateInstance requirement(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
    RequirementView requirement = owned(id);
    return requirementPage(requirement, FormErrors.none(), "true".equals(saved));
  }

  @GET
  @Path("requirements/{id}/edit")
  public TemplateInstance editForm(@PathParam("id") UUID id) {
    RequirementView requirement = owned(id);
    return Templates.form(
        id, RequirementForm.of(requirement), FormErrors.none(), choices(requirement.buyer().id()));
  }

  @POST
  @Path("requirements/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    RequirementView current = owned(id);
    UUID buyer = current.buyer().id();
    RequirementForm form = RequirementForm.from(posted);
    long expected = form.expectedVersion();
    try {
      RequirementData data = form.toData(validator, policyIds(buyer));
      requirements.update(id, data, expected);
      return Response.seeOther(URI.create("/buyer/requirements/" + id + "?saved=true")).build();
    } catch (InvalidForm e) {
      return invalid(id, form, e.errors(), buyer);
    } catch (DomainException e) {
      if (e.type() == ProblemType.CONFLICT) {
        return Response.status(Response.Status.CONFLICT)
            .entity(
                Templates.form(
                    id,
                    form,
                    errors(List.of(FormError.of("version", FormError.Problem.CHANGED))),
                    choices(buyer)))
            .build();
      }
      if (e.type() != ProblemType.VALIDATION) {
        throw e;
      }
      return invalid(id, form, RequirementForm.formErrors(e.fieldErrors()), buyer);
    }
  }

  /** Ranks the requirement now, with the chosen policy or the organisation's own choice. */
  @POST
  @Path("requirements/{id}/matches")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response run(@PathParam("id") UUID id, @RestForm String policyId) {
    RequirementView requirement = owned(id);
    UUID policy = null;
    if (policyId != null && !policyId.isBlank()) {
      policy =
          policyIds(requirement.buyer().id()).stream()
              .filter(p -> p.toString().equals(policyId.strip()))
              .findFirst()
              .orElse(null);
      if (policy == null) {
        return Response.status(Response.Status.BAD_REQUEST)
            .entity(
                requirementPage(
                    requirement,
                    errors(List.of(FormError.of("policyId", FormError.Problem.CHOICE))),
                    false))
            .build();
      }
    }
    MatchRunView run = matches.run(requirement, policy, access.user().name());
    return Response.seeOther(URI.create("/buyer/matches/" + run.id())).build();
  }

  private TemplateInstance requirementPage(
      RequirementView requirement, FormErrors errors, boolean saved) {
    UUID buyer = requirement.buyer().id();
    return Templates.requirement(
        requirement,
        matches.runsOf(requirement.id()),
        visiblePolicies(buyer),
        policies.resolve(buyer, requirement.policyId()).policyId(),
        errors,
        saved);
  }

  private Response invalid(UUID id, RequirementForm form, List<FormError> problems, UUID buyer) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(Templates.form(id, form, errors(problems), choices(buyer)))
        .build();
  }

  private FormErrors errors(List<FormError> problems) {
    return FormErrors.of(
        problems,
        language.messages(),
        "",
        field ->
            RequirementLabels.of(field, language.messages(), language.bundle(MatchMessages.class)));
  }

  private FormChoices choices(UUID buyer) {
    return new FormChoices(
        List.of(Category.values()),
        List.of(DataSensitivity.values()),
        List.of(BuyerType.values()),
        List.of(RequirementStatus.values()),
        List.of(DataLocation.values()),
        List.of(DeploymentModel.values()),
        List.of(Certification.values()),
        List.of(Objective.values()),
        List.of(0, 1, 2, 3, 4),
        visiblePolicies(buyer));
  }

  /** The platform's policies and the buyer organisation's own, which it may rank with. */
  private List<PolicyRef> visiblePolicies(UUID buyer) {
    List<PolicyRef> visible = new ArrayList<>(policies.platformPolicies());
    for (PolicySummary own : policies.page(false, Set.of(buyer), null, POLICY_LIMIT).items()) {
      visible.add(new PolicyRef(own.id(), own.name(), own.version()));
    }
    return visible;
  }

  private Set<UUID> policyIds(UUID buyer) {
    Set<UUID> ids = new LinkedHashSet<>();
    visiblePolicies(buyer).forEach(p -> ids.add(p.policyId()));
    return ids;
  }

  private Set<UUID> buyerOrganisations() {
    access.requirePerson();
    Set<UUID> buyers = new LinkedHashSet<>();
    for (Membership membership : access.user().memberships()) {
      if (membership.getRole() == Role.BUYER) {
        buyers.add(membership.getOrganisationId());
      }
    }
    if (buyers.isEmpty() && !access.user().isAdmin()) {
      throw DomainException.forbidden("Only members of a buyer organisation post requirements");
    }
    return buyers;
  }

  /** The one organisation the user buys for; posting needs exactly one. */
  private UUID singleBuyer() {
    buyerOrganisations();
    return access
        .user()
        .organisationFor(Role.BUYER)
        .orElseThrow(
            () -> DomainException.forbidden("Only members of one buyer organisation post here"));
  }

  /** Another organisation's requirement is not found: its existence is private too. */
  private RequirementView owned(UUID id) {
    access.requirePerson();
    RequirementView requirement = requirements.get(id);
    if (!access.canManageRequirementsOf(requirement.buyer().id())) {
      throw DomainException.notFound("Requirement", id);
    }
    return requirement;
  }
}
