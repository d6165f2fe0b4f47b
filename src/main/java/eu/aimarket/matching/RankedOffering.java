package eu.aimarket.matching;

import eu.aimarket.catalog.SupplierSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One offering's place in a ranking, with the terms that make up its score. */
public record RankedOffering(
    int rank,
    UUID offeringId,
    String offeringName,
    SupplierSummary supplier,
    boolean usIncumbent,
    double sovereigntyScore,
    BigDecimal fit,
    BigDecimal incentives,
    BigDecimal score,
    List<Term> terms) {}
