package eu.aimarket.web;

import eu.aimarket.catalog.OfferingService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The front page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(long publishedCount);
  }

  private final OfferingService offerings;

  public HomePage(OfferingService offerings) {
    this.offerings = offerings;
  }

  @GET
  public TemplateInstance home() {
    return Templates.home(offerings.countPublished());
  }
}
