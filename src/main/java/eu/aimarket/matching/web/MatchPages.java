package eu.aimarket.matching.web;

import eu.aimarket.catalog.web.Comparison;
import eu.aimarket.common.DomainException;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import eu.aimarket.matching.RankedOffering;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * A match run's results: the ranking with each result's terms, the excluded offerings and why, the
 * incumbent comparison, a replay that shows whether the run is reproduced exactly, and the ranking
 * as CSV.
 */
@Path("/buyer/matches/{id}")
@Produces(MediaType.TEXT_HTML)
public class MatchPages {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance results(
        MatchRunView run, RequirementView requirement, Boolean identical, int compareMax);
  }

  private final MatchService matches;
  private final RequirementService requirements;
  private final AccessPolicy access;

  public MatchPages(MatchService matches, RequirementService requirements, AccessPolicy access) {
    this.matches = matches;
    this.requirements = requirements;
    this.access = access;
  }

  @GET
  public TemplateInstance results(@PathParam("id") UUID id) {
    MatchRunView run = owned(id);
    return Templates.results(run, requirements.get(run.requirementId()), null, Comparison.MAX);
  }

  /** Ranks again with the run's recorded inputs and says whether the result is the same. */
  @GET
  @Path("replay")
  public TemplateInstance replay(@PathParam("id") UUID id) {
    owned(id);
    MatchService.Replay replay = matches.replay(id);
    MatchRunView replayed = replay.replayed();
    return Templates.results(
        replayed, requirements.get(replayed.requirementId()), replay.identical(), Comparison.MAX);
  }

  /**
   * The ranking as RFC 4180 CSV in UTF-8 with a header row, one line per ranked offering. A
   * download link is followed with whatever the browser accepts, so CSV is served for any.
   */
  @GET
  @Path("ranking.csv")
  @Produces({"text/csv", MediaType.WILDCARD})
  public Response csv(@PathParam("id") UUID id) {
    MatchRunView run = owned(id);
    return Response.ok(RankingCsv.of(run.ranking().ranked()))
        .type("text/csv; charset=UTF-8; header=present")
        .header("Content-Disposition", "attachment; filename=\"ranking-" + id + ".csv\"")
        .build();
  }

  /** Another organisation's run is not found: its existence is private too. */
  private MatchRunView owned(UUID id) {
    access.requirePerson();
    if (!access.canManageRequirementsOf(matches.buyerOf(id))) {
      throw DomainException.notFound("Match run", id);
    }
    return matches.get(id);
  }

  static List<RankedOffering> ranked(MatchRunView run) {
    return run.ranking().ranked();
  }
}
