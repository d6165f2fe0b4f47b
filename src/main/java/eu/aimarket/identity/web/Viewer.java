package eu.aimarket.identity.web;

import eu.aimarket.identity.CurrentUser;
import eu.aimarket.identity.MemberView;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.OrganisationSummary;
import eu.aimarket.identity.Role;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Who is looking at a page, for the layout's header ({@code inject:viewer}). Never fails a page:
 * where the identity cannot be known (an error page for a rejected session, or a page rendered
 * where blocking is not allowed) the header shows the sign-in link.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

  private static final Logger LOG = Logger.getLogger(Viewer.class);

  /** The signed-in person: their name and the organisations they belong to. */
  public record Person(String name, List<String> organisations) {}

  private final CurrentUser user;
  private final OrganisationService organisations;
  private Optional<Person> person;

  Viewer(CurrentUser user, OrganisationService organisations) {
    this.user = user;
    this.organisations = organisations;
  }

  public boolean signedIn() {
    return person().isPresent();
  }

  public String name() {
    return person().map(Person::name).orElse("");
  }

  /** Does the viewer buy for an organisation? Then the header links to its requirements. */
  public boolean buys() {
    return hasRole(Role.BUYER);
  }

  /** Does the viewer supply for an organisation? Then the header links to its leads. */
  public boolean supplies() {
    return hasRole(Role.SUPPLIER);
  }

  private boolean hasRole(Role role) {
    return signedIn() && user.memberships().stream().anyMatch(m -> m.getRole() == role);
  }

  /** The names of the viewer's organisations, joined for the header. */
  public String organisations() {
    return person().map(p -> String.join(", ", p.organisations())).orElse("");
  }

  private Optional<Person> person() {
    if (person == null) {
      person = load();
    }
    return person;
  }

  private Optional<Person> load() {
    if (!BlockingOperationControl.isBlockingAllowed()) {
      return Optional.empty();
    }
    try {
      if (user.isAnonymous()) {
        return Optional.empty();
      }
      List<MemberView> memberships = organisations.membershipsOf(user.subjects());
      List<String> names =
          organisations
              .summaries(memberships.stream().map(MemberView::organisationId).toList())
              .values()
              .stream()
              .map(OrganisationSummary::name)
              .sorted()
              .toList();
      return Optional.of(new Person(user.name(), names));
    } catch (RuntimeException e) {
      LOG.debugf(e, "Showing the page as signed out: the caller's identity is unknown");
      return Optional.empty();
    }
  }
}
