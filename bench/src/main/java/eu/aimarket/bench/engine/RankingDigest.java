package eu.aimarket.bench.engine;

import eu.aimarket.bench.generator.BenchPolicies;
import eu.aimarket.bench.generator.CatalogueGenerator;
import eu.aimarket.bench.generator.RequirementGenerator;
import eu.aimarket.bench.generator.Rows;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.matching.CatalogSnapshot;
import eu.aimarket.matching.MatchEngine;
import eu.aimarket.matching.Ranking;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.policy.RuleCompiler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Prints one digest of every full ranking (every ranked offering with all its terms, every
 * exclusion with its reasons) of generated requirements under the benchmark policies. A change to
 * the engine made for speed must leave this digest as it was: same order, same scores, same
 * explanations.
 *
 * <p>Usage: {@code RankingDigest [offerings] [requirements]} (defaults 20000 and 200).
 */
public final class RankingDigest {

  private RankingDigest() {}

  public static void main(String[] args) throws NoSuchAlgorithmException {
    int offerings = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int requirementCount = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1, new CatalogueGenerator(BenchScenario.SEED).generate(offerings).publishedViews());
    RequirementGenerator generator = new RequirementGenerator(BenchScenario.SEED);
    List<Rows.Buyer> buyers = generator.buyers(requirementCount);
    List<RequirementView> requirements = new ArrayList<>();
    requirements.add(RequirementGenerator.typical());
    requirements.addAll(generator.generate(requirementCount, buyers));
    RuleCompiler compiler = new RuleCompiler();
    PolicyTemplates.Template publicBuyer = PolicyTemplates.PUBLIC_BUYER_TEMPLATE;
    List<CompiledPolicy> policies =
        List.of(
            BenchPolicies.sovereigntyFirst(compiler),
            BenchPolicies.twentyRules(compiler),
            new CompiledPolicy(
                publicBuyer.id(), publicBuyer.name(), 1, compiler.compileAll(publicBuyer.rules())));
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    long ranked = 0;
    long excluded = 0;
    for (CompiledPolicy policy : policies) {
      for (boolean cached : new boolean[] {true, false}) {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (RequirementView requirement : requirements) {
          Ranking ranking =
              MatchEngine.evaluate(
                      snapshot,
                      requirement,
                      BenchScenario.buyerVariables(requirement),
                      BenchScenario.requirementVariables(requirement),
                      policy,
                      cached)
                  .ranking(Integer.MAX_VALUE, Integer.MAX_VALUE);
          byte[] text = ranking.toString().getBytes(StandardCharsets.UTF_8);
          digest.update(text);
          all.update(text);
          ranked += ranking.rankedCount();
          excluded += ranking.excludedCount();
        }
        System.out.printf(
            "%-24s cached=%-5s %s%n",
            policy.name(), cached, HexFormat.of().formatHex(digest.digest()));
      }
    }
    System.out.printf(
        "all: %s (%d rankings, %d ranked, %d excluded)%n",
        HexFormat.of().formatHex(all.digest()),
        policies.size() * 2 * requirements.size(),
        ranked,
        excluded);
  }
}
