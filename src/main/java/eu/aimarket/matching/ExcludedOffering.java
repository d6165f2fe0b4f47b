package eu.aimarket.matching;

import eu.aimarket.catalog.SupplierSummary;
import java.util.List;
import java.util.UUID;

/**
 * An offering of the requirement's category that was removed, with every reason: the must-haves it
 * misses ({@code source} "must-have") or the policy rule that excluded it ({@code source} "rule").
 */
public record ExcludedOffering(
    UUID offeringId,
    String offeringName,
    SupplierSummary supplier,
    boolean usIncumbent,
    String source,
    List<String> reasons) {}
