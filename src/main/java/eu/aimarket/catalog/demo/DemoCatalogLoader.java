package eu.aimarket.catalog.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.CatalogRevisions;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingRepository;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.SovereigntyClaim;
import eu.aimarket.catalog.SovereigntyClaimRepository;
import eu.aimarket.catalog.SupplierProfileData;
import eu.aimarket.catalog.SupplierService;
import eu.aimarket.catalog.demo.DemoCatalogue.DemoClaim;
import eu.aimarket.catalog.demo.DemoCatalogue.DemoOffering;
import eu.aimarket.catalog.demo.DemoCatalogue.DemoOrganisation;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.Role;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the illustrative demo catalogue at start-up when {@code aimarket.demo-data} is on. Ids are
 * derived from the file's keys, so loading again adds only what is missing and never duplicates.
 * Every record passes the same validation as the API.
 */
@ApplicationScoped
public class DemoCatalogLoader {

  static final String RESOURCE = "demo/catalogue.json";
  private static final Logger LOG = Logger.getLogger(DemoCatalogLoader.class);

  private final MarketplaceConfig config;
  private final OrganisationService organisations;
  private final SupplierService suppliers;
  private final OfferingService offerings;
  private final OfferingRepository offeringRepository;
  private final SovereigntyClaimRepository claims;
  private final Validator validator;
  private final CatalogRevisions revisions;

  DemoCatalogLoader(
      MarketplaceConfig config,
      OrganisationService organisations,
      SupplierService suppliers,
      OfferingService offerings,
      OfferingRepository offeringRepository,
      SovereigntyClaimRepository claims,
      Validator validator,
      CatalogRevisions revisions) {
    this.revisions = revisions;
    this.config = config;
    this.organisations = organisations;
    this.suppliers = suppliers;
    this.offerings = offerings;
    this.offeringRepository = offeringRepository;
    this.claims = claims;
    this.validator = validator;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.demoData()) {
      int added = load(read());
      LOG.infof("Demo catalogue: %d records added (illustrative data, see %s)", added, RESOURCE);
    }
  }

  public static UUID organisationId(String key) {
    return UUID.nameUUIDFromBytes(("demo-organisation:" + key).getBytes(StandardCharsets.UTF_8));
  }

  public static UUID offeringId(String key) {
    return UUID.nameUUIDFromBytes(("demo-offering:" + key).getBytes(StandardCharsets.UTF_8));
  }

  static DemoCatalogue read() {
    ObjectMapper mapper =
        new ObjectMapper()
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      return mapper.readValue(in, DemoCatalogue.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * Adds every organisation and offering of the catalogue that is not there yet, in one transaction
   * so that a half-loaded catalogue is never seen. It takes seconds on a quiet machine; the longer
   * timeout keeps a start on a busy one (shared CI) from being rolled back.
   */
  @Transactional
  @TransactionConfiguration(timeout = 600)
  int load(DemoCatalogue catalogue) {
    int added = 0;
    java.util.Set<UUID> touched = new java.util.LinkedHashSet<>();
    Map<String, UUID> supplierIds = new HashMap<>();
    for (DemoOrganisation o : catalogue.organisations()) {
      UUID id = organisationId(o.key());
      supplierIds.put(o.key(), id);
      if (organisations.find(id).isPresent()) {
        continue;
      }
      organisations.register(
          id,
          new OrganisationDetails(
              id,
              o.legalName(),
              o.registrationId(),
              o.country(),
              o.website(),
              o.kind(),
              0,
              null,
              null),
          null);
      if (o.supplier() != null) {
        var s = o.supplier();
        SupplierProfileData profile =
            new SupplierProfileData(
                s.headquartersCountry(),
                s.controllingEntity(),
                s.controlCountry(),
                s.nonEuOwnershipPercent(),
                s.extraterritorialLaws(),
                s.euPresence(),
                s.sme());
        requireValid(profile, o.key());
        suppliers.save(id, profile, null);
        applyClaims(claims.findBySupplier(id), s.claims());
      }
      if (o.members() != null) {
        o.members()
            .forEach(m -> organisations.addMember(id, m.subject(), Role.fromClaimName(m.role())));
      }
      added++;
    }
    for (DemoOffering o : catalogue.offerings()) {
      UUID id = offeringId(o.key());
      if (offeringRepository.findByIdOptional(id).isPresent()) {
        continue;
      }
      UUID supplierId = supplierIds.get(o.supplier());
      if (supplierId == null) {
        throw new IllegalStateException(
            "Demo offering " + o.key() + " names unknown supplier " + o.supplier());
      }
      OfferingData data =
          new OfferingData(
              supplierId,
              o.name(),
              o.description(),
              o.category(),
              o.deploymentModels(),
              o.dataStorageCountries(),
              o.dataProcessingCountries(),
              o.supportCountries(),
              o.languages(),
              o.openWeights(),
              o.licence(),
              o.certifications(),
              o.pricingModel(),
              o.priceEur(),
              o.priceUnit(),
              o.hardwareVendorCountry(),
              o.renewableEnergyPercent(),
              o.pue(),
              o.status(),
              null);
      requireValid(data, o.key());
      offerings.create(id, supplierId, data);
      applyClaims(claims.findByOffering(id), o.claims());
      touched.add(id);
      added++;
    }
    // The revisions written on creation predate the verified claims: record the final state.
    revisions.record(touched);
    return added;
  }

  private static void applyClaims(List<SovereigntyClaim> existing, List<DemoClaim> declared) {
    if (declared == null) {
      return;
    }
    for (DemoClaim claim : declared) {
      if (claim.status() != eu.aimarket.catalog.ClaimStatus.VERIFIED) {
        continue;
      }
      existing.stream()
          .filter(c -> c.getAttribute() == claim.attribute())
          .findFirst()
          .ifPresent(
              c ->
                  c.verify(
                      claim.verifiedBy(),
                      claim.evidenceUrl(),
                      claim.verifiedAt(),
                      claim.expiresAt()));
    }
  }

  private <T> void requireValid(T value, String key) {
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "Demo record "
              + key
              + " is invalid: "
              + violations.stream()
                  .map(v -> v.getPropertyPath() + " " + v.getMessage())
                  .collect(Collectors.joining("; ")));
    }
  }
}
