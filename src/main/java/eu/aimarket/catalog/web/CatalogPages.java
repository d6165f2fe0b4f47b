package eu.aimarket.catalog.web;

import eu.aimarket.catalog.CatalogSearch;
import eu.aimarket.catalog.CatalogSort;
import eu.aimarket.catalog.CataloguePage;
import eu.aimarket.catalog.OfferingQuery;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.SupplierProfileView;
import eu.aimarket.catalog.SupplierService;
import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.web.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The public catalogue, offering and supplier pages, and the comparison. The URL holds the search,
 * so it can be shared and bookmarked.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CatalogPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance catalogue(
        CatalogSearch search, CataloguePage result, List<CatalogSort> sorts);

    static native TemplateInstance offering(OfferingView offering);

    static native TemplateInstance supplier(
        OrganisationDetails organisation,
        SupplierProfileView profile,
        List<OfferingView> offerings,
        SovereigntyAssessment weakest);

    static native TemplateInstance compare(Comparison comparison);
  }

  private final OfferingService offerings;
  private final SupplierService suppliers;
  private final OrganisationService organisations;
  private final AccessPolicy access;
  private final MarketplaceConfig config;
  private final Language language;

  public CatalogPages(
      OfferingService offerings,
      SupplierService suppliers,
      OrganisationService organisations,
      AccessPolicy access,
      MarketplaceConfig config,
      Language language) {
    this.offerings = offerings;
    this.suppliers = suppliers;
    this.organisations = organisations;
    this.access = access;
    this.config = config;
    this.language = language;
  }

  @GET
  @Path("catalogue")
  public TemplateInstance catalogue(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("hqCountry") String hqCountry,
      @QueryParam("dataIn") String dataIn,
      @QueryParam("openWeights") String openWeights,
      @QueryParam("language") String languageCode,
      @QueryParam("certification") String certification,
      @QueryParam("minScore") String minScore,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page) {
    CatalogSearch search =
        CatalogSearch.parse(
            new OfferingQuery(
                q, category, hqCountry, dataIn, openWeights, languageCode, certification, null),
            minScore,
            sort,
            page);
    return Templates.catalogue(
        search,
        offerings.browse(search, config.pageSize().defaultSize()),
        List.of(CatalogSort.values()));
  }

  @GET
  @Path("offerings/{id}")
  public TemplateInstance offering(@PathParam("id") UUID id) {
    OfferingView offering = offerings.get(id);
    if (offering.status() != OfferingStatus.PUBLISHED
        && !access.canSeeUnpublishedOfferingsOf(offering.supplier().id())) {
      throw DomainException.notFound("Offering", id);
    }
    return Templates.offering(offering);
  }

  @GET
  @Path("suppliers/{id}")
  public TemplateInstance supplier(@PathParam("id") UUID id) {
    SupplierProfileView profile =
        suppliers.find(id).orElseThrow(() -> DomainException.notFound("Supplier", id));
    Set<OfferingStatus> visible =
        access.canSeeUnpublishedOfferingsOf(id)
            ? EnumSet.of(OfferingStatus.PUBLISHED, OfferingStatus.DRAFT)
            : EnumSet.of(OfferingStatus.PUBLISHED);
    List<OfferingView> listed = offerings.ofSupplier(id, visible);
    List<OfferingView> published =
        listed.stream().filter(o -> o.status() == OfferingStatus.PUBLISHED).toList();
    return Templates.supplier(organisations.get(id), profile, listed, weakest(published));
  }

  @GET
  @Path("compare")
  public TemplateInstance compare(@QueryParam("ids") List<String> ids) {
    Set<UUID> chosen = new LinkedHashSet<>();
    for (String id : ids) {
      chosen.add(QueryParams.uuidValue("ids", id));
    }
    chosen.remove(null);
    if (chosen.size() > Comparison.MAX) {
      throw DomainException.invalid(
          "ids", "choose at most " + Comparison.MAX + " offerings to compare");
    }
    List<UUID> wanted = new ArrayList<>(chosen);
    List<OfferingView> found = offerings.findPublished(wanted);
    if (found.size() < wanted.size()) {
      UUID missing =
          wanted.stream()
              .filter(w -> found.stream().noneMatch(o -> o.id().equals(w)))
              .findFirst()
              .orElseThrow();
      throw DomainException.notFound("Offering", missing);
    }
    return Templates.compare(Comparison.of(found, language.messages(), language.locale()));
  }

  /**
   * A supplier's scorecard: per objective, its weakest published offering (the framework's
   * weakest-link reading), so that no offering looks better on the supplier's page than it is.
   */
  static SovereigntyAssessment weakest(List<OfferingView> published) {
    if (published.isEmpty()) {
      return null;
    }
    List<ObjectiveAssessment> objectives = new ArrayList<>();
    for (Objective objective : Objective.values()) {
      objectives.add(
          published.stream()
              .map(o -> o.sovereignty().objective(objective))
              .min(
                  Comparator.comparingInt(ObjectiveAssessment::seal)
                      .thenComparing(ObjectiveAssessment::verified))
              .orElseThrow());
    }
    double lowestScore =
        published.stream().mapToDouble(o -> o.sovereignty().score()).min().orElse(0);
    int lowestSeal = objectives.stream().mapToInt(ObjectiveAssessment::seal).min().orElse(0);
    boolean verified = objectives.stream().allMatch(ObjectiveAssessment::verified);
    return new SovereigntyAssessment(lowestScore, lowestSeal, verified, objectives);
  }
}
