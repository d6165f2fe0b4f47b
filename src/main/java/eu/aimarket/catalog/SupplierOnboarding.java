package eu.aimarket.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.FormError.Problem;
import eu.aimarket.catalog.OnboardingForm.OfferingFields;
import eu.aimarket.catalog.OnboardingForm.OrganisationFields;
import eu.aimarket.catalog.OnboardingForm.OwnershipFields;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationKind;
import eu.aimarket.identity.api.OrganisationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A supplier's onboarding through the portal: organisation, ownership and jurisdiction, offerings,
 * review. Each step is checked with the same rules as the JSON API and kept in a server-side draft
 * per person, so it can be resumed; the review step registers everything in one transaction.
 */
@ApplicationScoped
public class SupplierOnboarding {

  private static final Logger LOG = Logger.getLogger(SupplierOnboarding.class);

  private final OnboardingDraftRepository drafts;
  private final OrganisationRegistration registration;
  private final OfferingService offerings;
  private final Validator validator;
  private final ObjectMapper json;

  SupplierOnboarding(
      OnboardingDraftRepository drafts,
      OrganisationRegistration registration,
      OfferingService offerings,
      Validator validator,
      ObjectMapper json) {
    this.drafts = drafts;
    this.registration = registration;
    this.offerings = offerings;
    this.validator = validator;
    this.json = json;
  }

  /** Where a person's onboarding stands: the first step still to do and what they entered. */
  public record Progress(OnboardingStep step, OnboardingForm form, OffsetDateTime savedAt) {
    public boolean started() {
      return savedAt != null;
    }

    /** A step may be opened once every step before it is done. */
    public boolean canOpen(OnboardingStep wanted) {
      return wanted.ordinal() <= step.ordinal();
    }
  }

  @Transactional(TxType.SUPPORTS)
  public Progress progress(String subject) {
    return drafts
        .findByIdOptional(subject)
        .map(draft -> new Progress(draft.getStep(), read(draft), draft.getUpdatedAt()))
        .orElseGet(() -> new Progress(OnboardingStep.ORGANISATION, OnboardingForm.empty(), null));
  }

  @Transactional
  public void saveOrganisation(String subject, OrganisationFields fields) {
    organisationOf(fields);
    OnboardingDraft draft = draftOf(subject);
    save(draft, read(draft).withOrganisation(fields), OnboardingStep.OWNERSHIP);
  }

  @Transactional
  public void saveOwnership(String subject, OwnershipFields fields) {
    OnboardingDraft draft = draftAt(subject, OnboardingStep.OWNERSHIP);
    profileOf(fields);
    save(draft, read(draft).withOwnership(fields), OnboardingStep.OFFERINGS);
  }

  @Transactional
  public void addOffering(String subject, OfferingFields fields) {
    OnboardingDraft draft = draftAt(subject, OnboardingStep.OFFERINGS);
    OnboardingForm form = read(draft);
    if (form.offerings().size() >= OnboardingForm.MAX_OFFERINGS) {
      throw new InvalidForm(
          List.of(
              new FormError(
                  "offerings", Problem.TOO_MANY, Integer.toString(OnboardingForm.MAX_OFFERINGS))));
    }
    offeringOf(fields);
    save(draft, form.withOffering(fields), OnboardingStep.OFFERINGS);
  }

  @Transactional
  public void removeOffering(String subject, int index) {
    OnboardingDraft draft = draftAt(subject, OnboardingStep.OFFERINGS);
    OnboardingForm form = read(draft);
    if (index < 0 || index >= form.offerings().size()) {
      throw DomainException.notFound("Offering in the onboarding draft", index + 1);
    }
    OnboardingForm fewer = form.withoutOffering(index);
    draft.setForm(write(fewer));
    if (fewer.offerings().isEmpty()) {
      draft.setStep(OnboardingStep.OFFERINGS);
    }
    drafts.flush();
  }

  /** Ends the offerings step; at least one offering is needed to go on to the review. */
  @Transactional
  public void finishOfferings(String subject) {
    OnboardingDraft draft = draftAt(subject, OnboardingStep.OFFERINGS);
    if (read(draft).offerings().isEmpty()) {
      throw new InvalidForm(List.of(FormError.of("offerings", Problem.NO_OFFERING)));
    }
    save(draft, read(draft), OnboardingStep.REVIEW);
  }

  /**
   * Registers the organisation with its supplier profile and offerings (published, every claim
   * declared) and ends the onboarding. Everything or nothing: a failure leaves the draft as it was.
   *
   * @return the new organisation's id
   */
  @Transactional
  public UUID submit(String subject) {
    OnboardingDraft draft = draftAt(subject, OnboardingStep.REVIEW);
    OnboardingForm form = read(draft);
    OrganisationDetails details = organisationOf(form.organisation());
    SupplierProfileData profile = profileOf(form.ownership());
    List<OfferingData> offered = new ArrayList<>();
    for (OfferingFields fields : form.offerings()) {
      offered.add(offeringOf(fields));
    }
    OrganisationDetails registered;
    try {
      registered = registration.register(details, profile, subject);
    } catch (DomainException e) {
      if (e.type() == ProblemType.CONFLICT) {
        throw new RegistrationIdTaken(e.getMessage());
      }
      throw e;
    }
    for (OfferingData data : offered) {
      offerings.create(registered.id(), data);
    }
    drafts.delete(draft);
    return registered.id();
  }

  @Transactional
  public void discard(String subject) {
    drafts.deleteById(subject);
  }

  /** Step 1 with the organisation rules of the API; only organisations that supply onboard here. */
  OrganisationDetails organisationOf(OrganisationFields fields) {
    FormInput input = new FormInput();
    OrganisationKind kind = input.choice("kind", fields.kind(), OrganisationKind.class);
    if (kind == OrganisationKind.BUYER) {
      input.add(FormError.of("kind", Problem.CHOICE));
    }
    String registrationId = input.text(fields.registrationId());
    OrganisationRequest request =
        new OrganisationRequest(
            input.text(fields.legalName()),
            registrationId == null
                ? null
                : registrationId.replaceAll("\\s", "").toUpperCase(Locale.ROOT),
            input.country(fields.country()),
            input.text(fields.website()),
            kind,
            null,
            null);
    input.validate(validator, request);
    input.throwIfInvalid();
    return request.details();
  }

  SupplierProfileData profileOf(OwnershipFields fields) {
    FormInput input = new FormInput();
    SupplierProfileData data =
        new SupplierProfileData(
            input.country(fields.headquartersCountry()),
            input.text(fields.controllingEntity()),
            input.country(fields.controlCountry()),
            input.wholeNumber("nonEuOwnershipPercent", fields.nonEuOwnershipPercent()),
            input.choices(
                "extraterritorialLaws", fields.extraterritorialLaws(), ExtraterritorialLaw.class),
            input.choice("euPresence", fields.euPresence(), EuPresence.class),
            input.yesNo("sme", fields.sme()));
    input.validate(validator, data);
    input.throwIfInvalid();
    return data;
  }

  OfferingData offeringOf(OfferingFields fields) {
    FormInput input = new FormInput();
    OfferingData data =
        new OfferingData(
            null,
            input.text(fields.name()),
            input.text(fields.description()),
            input.choice("category", fields.category(), Category.class),
            input.choices("deploymentModels", fields.deploymentModels(), DeploymentModel.class),
            input.countries("dataStorageCountries", fields.dataStorageCountries()),
            input.countries("dataProcessingCountries", fields.dataProcessingCountries()),
            input.countries("supportCountries", fields.supportCountries()),
            input.languages("languages", fields.languages()),
            input.yesNo("openWeights", fields.openWeights()),
            input.text(fields.licence()),
            input.choices("certifications", fields.certifications(), Certification.class),
            input.choice("pricingModel", fields.pricingModel(), PricingModel.class),
            input.decimal("priceEur", fields.priceEur()),
            input.text(fields.priceUnit()),
            input.country(fields.hardwareVendorCountry()),
            input.wholeNumber("renewableEnergyPercent", fields.renewableEnergyPercent()),
            input.decimal("pue", fields.pue()),
            OfferingStatus.PUBLISHED,
            null);
    input.validate(validator, data);
    input.throwIfInvalid();
    return data;
  }

  private OnboardingDraft draftOf(String subject) {
    return drafts
        .findByIdOptional(subject)
        .orElseGet(
            () -> {
              OnboardingDraft draft = new OnboardingDraft(subject);
              draft.setForm(write(OnboardingForm.empty()));
              drafts.persist(draft);
              return draft;
            });
  }

  /** The draft, which must have reached {@code step}: steps are done in order. */
  private OnboardingDraft draftAt(String subject, OnboardingStep step) {
    OnboardingDraft draft = drafts.findByIdOptional(subject).orElse(null);
    if (draft == null || draft.getStep().ordinal() < step.ordinal()) {
      throw new DomainException(
          ProblemType.CONFLICT, "Complete the earlier steps of the onboarding first");
    }
    return draft;
  }

  private void save(OnboardingDraft draft, OnboardingForm form, OnboardingStep reached) {
    draft.setForm(write(form));
    draft.setStep(OnboardingStep.later(draft.getStep(), reached));
    drafts.flush();
  }

  private OnboardingForm read(OnboardingDraft draft) {
    try {
      return json.readValue(draft.getForm(), OnboardingForm.class);
    } catch (JsonProcessingException e) {
      // A draft written by an older release that no longer reads: start again rather than fail.
      LOG.warnf("Onboarding draft of %s cannot be read; starting afresh", draft.getSubject());
      return OnboardingForm.empty();
    }
  }

  private String write(OnboardingForm form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An onboarding form cannot be written as JSON", e);
    }
  }
}
