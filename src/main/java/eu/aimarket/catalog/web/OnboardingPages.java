package eu.aimarket.catalog.web;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.FormError;
import eu.aimarket.catalog.InvalidForm;
import eu.aimarket.catalog.OnboardingForm;
import eu.aimarket.catalog.OnboardingForm.OfferingFields;
import eu.aimarket.catalog.OnboardingForm.OrganisationFields;
import eu.aimarket.catalog.OnboardingForm.OwnershipFields;
import eu.aimarket.catalog.OnboardingStep;
import eu.aimarket.catalog.PricingModel;
import eu.aimarket.catalog.RegistrationIdTaken;
import eu.aimarket.catalog.SupplierOnboarding;
import eu.aimarket.catalog.SupplierOnboarding.Progress;
import eu.aimarket.common.DomainException;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.web.FormErrors;
import eu.aimarket.web.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Supplier onboarding in four steps (organisation; ownership and jurisdiction; offerings; review).
 * Plain forms posted to the server, so it works without JavaScript: a step that does not validate
 * comes back with its errors (400), a valid one is saved in the person's draft and leads on.
 */
@Path("/supplier/onboarding")
@Produces(MediaType.TEXT_HTML)
public class OnboardingPages {

  static final String BASE = "/supplier/onboarding";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance organisation(
        Progress progress,
        OrganisationFields fields,
        FormErrors errors,
        List<CountryOption> countries);

    static native TemplateInstance ownership(
        Progress progress,
        OwnershipFields fields,
        FormErrors errors,
        List<CountryOption> countries,
        List<ExtraterritorialLaw> laws,
        List<EuPresence> presences);

    static native TemplateInstance offerings(
        Progress progress,
        OfferingFields fields,
        FormErrors errors,
        List<CountryOption> countries,
        List<Category> categories,
        List<DeploymentModel> deploymentModels,
        List<Certification> certifications,
        List<PricingModel> pricingModels);

    static native TemplateInstance review(Progress progress, FormErrors errors);
  }

  private final SupplierOnboarding onboarding;
  private final AccessPolicy access;
  private final Language language;

  public OnboardingPages(SupplierOnboarding onboarding, AccessPolicy access, Language language) {
    this.onboarding = onboarding;
    this.access = access;
    this.language = language;
  }

  @GET
  public Response show(@QueryParam("step") String step) {
    String subject = subject();
    Progress progress = onboarding.progress(subject);
    OnboardingStep wanted = progress.step();
    if (step != null && !step.isBlank()) {
      wanted = OnboardingStep.fromParameter(step);
      if (wanted == null) {
        throw DomainException.invalid(
            "step", "must be one of organisation, ownership, offerings, review");
      }
    }
    if (!progress.canOpen(wanted)) {
      return stepRedirect(progress.step());
    }
    OnboardingForm form = progress.form();
    return Response.ok(
            switch (wanted) {
              case ORGANISATION ->
                  organisationPage(progress, form.organisation(), FormErrors.none());
              case OWNERSHIP -> ownershipPage(progress, form.ownership(), FormErrors.none());
              case OFFERINGS -> offeringsPage(progress, null, FormErrors.none());
              case REVIEW -> Templates.review(progress, FormErrors.none());
            })
        .build();
  }

  @POST
  @Path("organisation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveOrganisation(
      @RestForm String legalName,
      @RestForm String registrationId,
      @RestForm String country,
      @RestForm String website,
      @RestForm String kind) {
    String subject = subject();
    OrganisationFields fields =
        new OrganisationFields(legalName, registrationId, country, website, kind);
    try {
      onboarding.saveOrganisation(subject, fields);
      return stepRedirect(OnboardingStep.OWNERSHIP);
    } catch (InvalidForm e) {
      return invalid(organisationPage(onboarding.progress(subject), fields, errors(e.errors())));
    }
  }

  @POST
  @Path("ownership")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveOwnership(
      @RestForm String headquartersCountry,
      @RestForm String controllingEntity,
      @RestForm String controlCountry,
      @RestForm String nonEuOwnershipPercent,
      @RestForm List<String> extraterritorialLaws,
      @RestForm String euPresence,
      @RestForm String sme) {
    String subject = subject();
    OwnershipFields fields =
        new OwnershipFields(
            headquartersCountry,
            controllingEntity,
            controlCountry,
            nonEuOwnershipPercent,
            extraterritorialLaws,
            euPresence,
            sme);
    try {
      onboarding.saveOwnership(subject, fields);
      return stepRedirect(OnboardingStep.OFFERINGS);
    } catch (InvalidForm e) {
      return invalid(ownershipPage(onboarding.progress(subject), fields, errors(e.errors())));
    }
  }

  /**
   * Adds the offering typed in ({@code action=add}), or goes on to the review ({@code
   * action=continue}), adding the offering first when one was typed.
   */
  @POST
  @Path("offerings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveOfferings(
      @RestForm String action,
      @RestForm String name,
      @RestForm String description,
      @RestForm String category,
      @RestForm List<String> deploymentModels,
      @RestForm String dataStorageCountries,
      @RestForm String dataProcessingCountries,
      @RestForm String supportCountries,
      @RestForm String languages,
      @RestForm String openWeights,
      @RestForm String licence,
      @RestForm List<String> certifications,
      @RestForm String pricingModel,
      @RestForm String priceEur,
      @RestForm String priceUnit,
      @RestForm String hardwareVendorCountry,
      @RestForm String renewableEnergyPercent,
      @RestForm String pue) {
    String subject = subject();
    boolean finish = "continue".equals(action);
    if (!finish && !"add".equals(action)) {
      throw DomainException.invalid("action", "must be add or continue");
    }
    OfferingFields fields =
        new OfferingFields(
            name,
            description,
            category,
            deploymentModels,
            dataStorageCountries,
            dataProcessingCountries,
            supportCountries,
            languages,
            openWeights,
            licence,
            certifications,
            pricingModel,
            priceEur,
            priceUnit,
            hardwareVendorCountry,
            renewableEnergyPercent,
            pue);
    try {
      if (!finish || !fields.nothingTyped()) {
        onboarding.addOffering(subject, fields);
      }
      if (finish) {
        onboarding.finishOfferings(subject);
        return stepRedirect(OnboardingStep.REVIEW);
      }
      return stepRedirect(OnboardingStep.OFFERINGS);
    } catch (InvalidForm e) {
      return invalid(offeringsPage(onboarding.progress(subject), fields, errors(e.errors())));
    }
  }

  @POST
  @Path("offerings/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response removeOffering(@RestForm String index) {
    String subject = subject();
    int position;
    try {
      position = Integer.parseInt(index == null ? "" : index.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("index", "must be a whole number");
    }
    onboarding.removeOffering(subject, position);
    return stepRedirect(OnboardingStep.OFFERINGS);
  }

  @POST
  @Path("submit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit() {
    String subject = subject();
    try {
      UUID registered = onboarding.submit(subject);
      return Response.seeOther(URI.create("/supplier/claims?registered=" + registered)).build();
    } catch (InvalidForm e) {
      return invalid(Templates.review(onboarding.progress(subject), errors(e.errors())));
    } catch (RegistrationIdTaken e) {
      FormErrors taken = errors(List.of(FormError.of("registrationId", FormError.Problem.TAKEN)));
      return Response.status(Response.Status.CONFLICT)
          .entity(Templates.review(onboarding.progress(subject), taken))
          .build();
    }
  }

  @POST
  @Path("discard")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response discard() {
    onboarding.discard(subject());
    return Response.seeOther(URI.create(BASE)).build();
  }

  private String subject() {
    access.requirePerson();
    return access.user().primarySubject();
  }

  private TemplateInstance organisationPage(
      Progress progress, OrganisationFields fields, FormErrors errors) {
    return Templates.organisation(
        progress,
        fields == null ? new OrganisationFields(null, null, null, null, "SUPPLIER") : fields,
        errors,
        CountryOption.all(language.locale()));
  }

  private TemplateInstance ownershipPage(
      Progress progress, OwnershipFields fields, FormErrors errors) {
    return Templates.ownership(
        progress,
        fields == null ? new OwnershipFields(null, null, null, null, null, null, null) : fields,
        errors,
        CountryOption.all(language.locale()),
        List.of(ExtraterritorialLaw.values()),
        List.of(EuPresence.values()));
  }

  private TemplateInstance offeringsPage(
      Progress progress, OfferingFields fields, FormErrors errors) {
    return Templates.offerings(
        progress,
        fields == null
            ? new OfferingFields(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null)
            : fields,
        errors,
        CountryOption.all(language.locale()),
        List.of(Category.values()),
        List.of(DeploymentModel.values()),
        List.of(Certification.values()),
        List.of(PricingModel.values()));
  }

  private FormErrors errors(List<FormError> errors) {
    return FormErrors.of(
        errors, language.messages(), "", field -> FieldLabels.of(field, language.messages()));
  }

  private static Response invalid(TemplateInstance page) {
    return Response.status(Response.Status.BAD_REQUEST).entity(page).build();
  }

  private static Response stepRedirect(OnboardingStep step) {
    return Response.seeOther(URI.create(BASE + "?step=" + step.parameter())).build();
  }
}
