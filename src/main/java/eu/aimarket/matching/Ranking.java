package eu.aimarket.matching;

import java.util.List;

/**
 * The outcome of ranking one requirement under one policy: how many offerings of its category were
 * considered, the ranked ones (best first, the first {@code ranked.size()} of {@code rankedCount})
 * and the excluded ones with their reasons.
 */
public record Ranking(
    int considered,
    int rankedCount,
    List<RankedOffering> ranked,
    int excludedCount,
    List<ExcludedOffering> excluded) {}
