package eu.aimarket.policy;

import java.util.List;

/**
 * What a publication sends: the rules of the new version and, optionally, a new name and
 * description ({@code null} keeps the current ones) and a note on what changed.
 */
public record PolicyDraft(
    String name, String description, String changeNote, List<RuleDefinition> rules) {}
