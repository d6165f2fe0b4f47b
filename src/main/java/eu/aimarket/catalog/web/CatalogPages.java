package eu.aimarket.catalog.web;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.OfferingQuery;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.identity.AccessPolicy;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The public catalogue and offering pages. The URL holds the search, so it can be shared. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CatalogPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance catalogue(
        OfferingQuery query,
        Page<OfferingView> page,
        List<Category> categories,
        List<Certification> certifications,
        String nextPageUrl,
        String firstPageUrl);

    static native TemplateInstance offering(OfferingView offering);
  }

  private final OfferingService offerings;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public CatalogPages(OfferingService offerings, AccessPolicy access, MarketplaceConfig config) {
    this.offerings = offerings;
    this.access = access;
    this.config = config;
  }

  @GET
  @Path("catalogue")
  public TemplateInstance catalogue(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("hqCountry") String hqCountry,
      @QueryParam("dataIn") String dataIn,
      @QueryParam("openWeights") String openWeights,
      @QueryParam("language") String language,
      @QueryParam("certification") String certification,
      @QueryParam("cursor") String cursor) {
    OfferingQuery query =
        new OfferingQuery(
            q, category, hqCountry, dataIn, openWeights, language, certification, cursor);
    Page<OfferingView> page =
        offerings.search(
            query.toFilter(null, Set.of(OfferingStatus.PUBLISHED)),
            cursor,
            config.pageSize().defaultSize());
    return Templates.catalogue(
        query,
        page,
        List.of(Category.values()),
        List.of(Certification.values()),
        page.nextCursor() == null ? null : query.url("/catalogue", page.nextCursor()),
        query.url("/catalogue", null));
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
}
