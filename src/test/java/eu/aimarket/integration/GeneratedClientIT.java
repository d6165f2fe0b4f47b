package eu.aimarket.integration;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static eu.aimarket.identity.IdentityFixtures.GEMEENTE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.client.ApiClient;
import eu.aimarket.client.ApiException;
import eu.aimarket.client.api.MatchingApi;
import eu.aimarket.client.api.MembersApi;
import eu.aimarket.client.api.OpenContractingOcdsApi;
import eu.aimarket.client.api.RequirementsApi;
import eu.aimarket.client.api.WebhooksApi;
import eu.aimarket.client.model.EventType;
import eu.aimarket.client.model.MatchRequest;
import eu.aimarket.client.model.MatchRunView;
import eu.aimarket.client.model.MemberRequest;
import eu.aimarket.client.model.RankedOffering;
import eu.aimarket.client.model.ReleasePackage;
import eu.aimarket.client.model.RequirementData;
import eu.aimarket.client.model.RequirementView;
import eu.aimarket.client.model.Role;
import eu.aimarket.client.model.SubscriptionView;
import eu.aimarket.client.model.Term1;
import eu.aimarket.client.model.WebhookRequest;
import eu.aimarket.testsupport.Keycloak;
import eu.aimarket.testsupport.KeycloakServer;
import eu.aimarket.testsupport.WebhookReceiver;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A procurement system's whole flow through a Java client generated from the committed contract
 * (openapi-generator, library native), signed in as a Keycloak service account: subscribe a
 * webhook, post a requirement, run a match, read its explanation, fetch the OCDS package, and
 * receive the signed event.
 */
@QuarkusIntegrationTest
@WithTestResource(KeycloakServer.class)
@WithTestResource(GeneratedClientIT.ScheduledWebhookDispatch.class)
class GeneratedClientIT {

  /** The packaged application sends webhooks on its schedule here, as in production. */
  public static class ScheduledWebhookDispatch implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      return Map.of("aimarket.webhooks.dispatch-every", "1s");
    }

    @Override
    public void stop() {}
  }

  private static ApiClient clientWithToken(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  /** An admin makes the procurement system's service account a buyer of the demo municipality. */
  private static void makeServiceAccountABuyerOfGemeente(String subject) throws ApiException {
    MembersApi members =
        new MembersApi(clientWithToken(Keycloak.passwordToken("admin", "admin-demo-only")));
    try {
      members.addMember(
          GEMEENTE,
          new MemberRequest()
              .subject(subject)
              .role(Role.BUYER)
              .serviceAccount(true)
              .label("Demo procurement system"));
    } catch (ApiException e) {
      // Another integration test may have made it a member already.
      assertEquals(409, e.getCode(), e.getResponseBody());
    }
  }

  @Test
  void aProcurementSystemRunsAProcurementThroughTheGeneratedClient() throws Exception {
    String token =
        Keycloak.clientCredentialsToken(
            Keycloak.REALM, Keycloak.PROCUREMENT_CLIENT, Keycloak.PROCUREMENT_SECRET);
    makeServiceAccountABuyerOfGemeente(Keycloak.claims(token).get("sub").asText());
    ApiClient client = clientWithToken(token);

    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      SubscriptionView subscription =
          new WebhooksApi(client)
              .createWebhook(
                  new WebhookRequest()
                      .organisationId(GEMEENTE)
                      .url(receiver.url())
                      .events(Set.of(EventType.MATCH_RUN_COMPLETED)));
      assertTrue(subscription.getSecret().startsWith("whsec_"));

      RequirementData data =
          client
              .getObjectMapper()
              .convertValue(
                  germanLlmInTheEu("Generated client " + System.nanoTime()), RequirementData.class)
              .buyerOrganisationId(GEMEENTE);
      RequirementView requirement = new RequirementsApi(client).createRequirement(data);

      MatchingApi matching = new MatchingApi(client);
      MatchRunView run = matching.createMatchRun(requirement.getId(), new MatchRequest());
      MatchRunView read = matching.getMatchRun(run.getId());
      assertFalse(read.getRanking().getRanked().isEmpty(), "the demo catalogue has candidates");
      RankedOffering first = read.getRanking().getRanked().get(0);
      BigDecimal explained =
          first.getTerms().stream().map(Term1::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(
          0, first.getScore().compareTo(explained), "the explanation adds up to the score");

      ReleasePackage ocds =
          new OpenContractingOcdsApi(client).getRequirementOcds(requirement.getId());
      assertEquals("1.1", ocds.getVersion());
      assertEquals(1, ocds.getReleases().size());
      assertTrue(ocds.getReleases().get(0).getOcid().contains(requirement.getId().toString()));

      await()
          .atMost(Duration.ofMinutes(2))
          .until(
              () ->
                  receiver.received().stream()
                      .anyMatch(delivery -> delivery.body().contains(run.getId().toString())));
      WebhookReceiver.Received delivery =
          receiver.received().stream()
              .filter(received -> received.body().contains(run.getId().toString()))
              .findFirst()
              .orElseThrow();
      assertTrue(delivery.body().contains("match-run.completed"), delivery.body());
      assertFalse(delivery.header("Webhook-Signature").isBlank());
    }
  }
}
