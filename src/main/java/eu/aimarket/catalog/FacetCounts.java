package eu.aimarket.catalog;

import java.util.Map;

/**
 * How many offerings each facet value would show. Each facet is counted with every other filter of
 * the search applied but not its own, so a count says what choosing that value gives.
 *
 * @param total offerings matching the whole search
 * @param dataLocations keys {@code EU}, {@code EEA} and country codes, in that order
 * @param minScores threshold to the number of offerings scoring at least that much
 */
public record FacetCounts(
    long total,
    Map<Category, Long> categories,
    Map<String, Long> headquarters,
    Map<String, Long> dataLocations,
    long openWeights,
    Map<String, Long> languages,
    Map<Certification, Long> certifications,
    Map<Integer, Long> minScores) {}
