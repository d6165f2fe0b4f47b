package eu.aimarket.policy;

import static eu.aimarket.policy.PolicyFixtures.GEMEENTE;
import static eu.aimarket.policy.PolicyFixtures.MITTELSTAND;
import static eu.aimarket.policy.PolicyFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The service the matching engine relies on, on PostgreSQL. */
@QuarkusTest
class PolicyServiceTest {

  @Inject PolicyService policies;
  @Inject PolicyTemplateSeeder seeder;

  private PolicyDetails buyerPolicy(UUID owner, String name, List<RuleDefinition> rules) {
    return policies.create(
        PolicyScope.BUYER, owner, new PolicyDraft(name, "For a test.", null, rules), "test");
  }

  @Test
  void theShippedPoliciesAreSeededOnceWhateverHowOftenSeedingRuns() {
    List<PolicyRef> before = policies.platformPolicies();
    for (PolicyTemplates.Template template : PolicyTemplates.ALL) {
      seeder.seed(template);
      PolicyDetails seeded = policies.get(template.id());
      assertEquals(template.name(), seeded.name());
      assertEquals(template.rules(), policies.version(template.id(), 1).rules());
      assertTrue(seeded.template());
    }
    assertEquals(before, policies.platformPolicies());
    assertTrue(
        before.stream()
            .map(PolicyRef::name)
            .toList()
            .containsAll(List.of("Sovereignty first", "Public buyer, GPA-safe", "Neutral")));
  }

  @Test
  void compilesAPublishedVersionOnceAndKeepsIt() {
    CompiledPolicy compiled = policies.compiled(PolicyTemplates.SOVEREIGNTY_FIRST, 1);
    assertEquals("Sovereignty first", compiled.name());
    assertEquals(1, compiled.version());
    assertEquals(
        PolicyTemplates.SOVEREIGNTY_FIRST_TEMPLATE.rules().stream()
            .map(RuleDefinition::name)
            .toList(),
        compiled.rules().stream().map(CompiledRule::name).toList());
    assertSame(compiled, policies.compiled(PolicyTemplates.SOVEREIGNTY_FIRST, 1));
    DomainException missing =
        assertThrows(DomainException.class, () -> policies.compiled(PolicyTemplates.NEUTRAL, 42));
    assertEquals(ProblemType.NOT_FOUND, missing.type());
  }

  @Test
  void eachVersionCompilesToItsOwnRules() {
    PolicyDetails v1 =
        buyerPolicy(
            GEMEENTE,
            unique("Evolving"),
            List.of(
                new RuleDefinition(
                    "Open weights",
                    "offering.openWeights",
                    RuleEffect.POINTS,
                    BigDecimal.ONE,
                    "Why")));
    policies.publish(
        v1.id(),
        1,
        new PolicyDraft(
            null,
            null,
            "stricter",
            List.of(
                new RuleDefinition(
                    "No US control", "supplier.usControlled", RuleEffect.EXCLUDE, null, "Why"))),
        "test");
    assertEquals(RuleEffect.POINTS, policies.compiled(v1.id(), 1).rules().get(0).effect());
    assertEquals(RuleEffect.EXCLUDE, policies.compiled(v1.id(), 2).rules().get(0).effect());
    assertEquals(2, policies.compiled(v1.id(), 2).version());
  }

  @Test
  void resolvesTheRequestedPolicyThenTheBuyersChoiceThenThePlatformDefault() {
    PolicyRef platformDefault = policies.resolve(MITTELSTAND, null);
    assertEquals(PolicyTemplates.SOVEREIGNTY_FIRST, platformDefault.policyId());
    assertEquals(policies.platformDefault(), platformDefault);
    assertEquals(
        PolicyTemplates.PUBLIC_BUYER,
        policies.resolve(MITTELSTAND, PolicyTemplates.PUBLIC_BUYER).policyId());
    PolicyDetails own = buyerPolicy(MITTELSTAND, unique("Mittelstand"), List.of());
    policies.choose(MITTELSTAND, own.id(), "test");
    assertEquals(new PolicyRef(own.id(), own.name(), 1), policies.resolve(MITTELSTAND, null));
    assertEquals(
        PolicyTemplates.NEUTRAL, policies.resolve(MITTELSTAND, PolicyTemplates.NEUTRAL).policyId());
    policies.choose(MITTELSTAND, PolicyTemplates.SOVEREIGNTY_FIRST, "test");
    assertEquals(PolicyTemplates.SOVEREIGNTY_FIRST, policies.resolve(null, null).policyId());
  }

  @Test
  void resolvesToTheLatestPublishedVersion() {
    PolicyDetails own = buyerPolicy(MITTELSTAND, unique("Growing"), List.of());
    policies.publish(own.id(), 1, new PolicyDraft(null, null, null, List.of()), "test");
    assertEquals(new PolicyRef(own.id(), own.name(), 2), policies.resolve(MITTELSTAND, own.id()));
  }

  @Test
  void aBuyerCannotRankWithAnotherBuyersPolicy() {
    PolicyDetails foreign = buyerPolicy(GEMEENTE, unique("Municipal"), List.of());
    DomainException e =
        assertThrows(DomainException.class, () -> policies.resolve(MITTELSTAND, foreign.id()));
    assertEquals(ProblemType.VALIDATION, e.type());
    assertEquals("policyId", e.fieldErrors().get(0).field());
    assertThrows(DomainException.class, () -> policies.resolve(null, foreign.id()));
    assertThrows(DomainException.class, () -> policies.resolve(MITTELSTAND, UUID.randomUUID()));
  }

  @Test
  void neutralIsTheShippedPolicyWithoutRules() {
    PolicyRef neutral = policies.neutral();
    assertEquals(PolicyTemplates.NEUTRAL, neutral.policyId());
    assertTrue(policies.compiled(neutral.policyId(), neutral.version()).rules().isEmpty());
  }
}
