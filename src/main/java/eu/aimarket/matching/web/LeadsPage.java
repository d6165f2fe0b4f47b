package eu.aimarket.matching.web;

import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.DomainException;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Membership;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.Role;
import eu.aimarket.matching.ReverseMatching;
import eu.aimarket.matching.ReverseMatching.MatchingRequirement;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A supplier's lead feed: for each of its published offerings, the open requirements it passes and
 * its rank under each requirement's policy.
 */
@Path("/supplier/leads")
@Produces(MediaType.TEXT_HTML)
public class LeadsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance leads(List<SupplierLeads> suppliers);
  }

  /** One supplier organisation's offerings with their leads. */
  public record SupplierLeads(UUID supplierId, String name, List<OfferingLeads> offerings) {}

  /** The open requirements one offering passes, best rank first. */
  public record OfferingLeads(OfferingView offering, List<MatchingRequirement> leads) {}

  private final ReverseMatching reverse;
  private final OfferingService offerings;
  private final OrganisationService organisations;
  private final AccessPolicy access;

  public LeadsPage(
      ReverseMatching reverse,
      OfferingService offerings,
      OrganisationService organisations,
      AccessPolicy access) {
    this.reverse = reverse;
    this.offerings = offerings;
    this.organisations = organisations;
    this.access = access;
  }

  @GET
  public TemplateInstance leads() {
    access.requirePerson();
    List<UUID> supplierIds =
        access.user().memberships().stream()
            .filter(m -> m.getRole() == Role.SUPPLIER)
            .map(Membership::getOrganisationId)
            .distinct()
            .filter(access::canManageOfferingsOf)
            .toList();
    if (supplierIds.isEmpty()) {
      throw DomainException.forbidden("Only members of a supplier organisation have leads");
    }
    var names = organisations.summaries(supplierIds);
    List<SupplierLeads> feed = new ArrayList<>();
    for (UUID supplierId : supplierIds) {
      List<OfferingLeads> byOffering = new ArrayList<>();
      for (OfferingView offering :
          offerings.ofSupplier(supplierId, EnumSet.of(OfferingStatus.PUBLISHED))) {
        List<MatchingRequirement> leads = new ArrayList<>(reverse.forOffering(offering.id()));
        leads.sort(java.util.Comparator.comparingInt(MatchingRequirement::rank));
        byOffering.add(new OfferingLeads(offering, leads));
      }
      feed.add(new SupplierLeads(supplierId, names.get(supplierId).name(), byOffering));
    }
    return Templates.leads(feed);
  }
}
