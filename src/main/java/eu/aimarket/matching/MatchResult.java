package eu.aimarket.matching;

/** What a match run stores and shows: the explained ranking and the incumbent comparison. */
public record MatchResult(Ranking ranking, IncumbentComparison incumbentComparison) {}
