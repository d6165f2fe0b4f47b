package eu.aimarket.catalog.web;

import eu.aimarket.catalog.sovereignty.SovereigntyAssessment;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The geometry of the scorecard chart: one row per objective, a bar as long as its SEAL level.
 * Computed here so that the template only places the numbers.
 */
@TemplateExtension(namespace = "chart")
public final class ScorecardGeometry {

  static final int LABEL_WIDTH = 250;
  static final int UNIT = 85;
  static final int ROW = 32;
  static final int AXIS = 22;

  private ScorecardGeometry() {}

  static int sealX(int seal) {
    return LABEL_WIDTH + seal * UNIT;
  }

  static int barWidth(int seal) {
    // A level-0 objective still gets a sliver, so that the row does not look like missing data.
    return Math.max(seal * UNIT, 3);
  }

  static int rowY(int index) {
    return index * ROW;
  }

  static int chartBottom(SovereigntyAssessment assessment) {
    return assessment.objectives().size() * ROW;
  }

  static int chartHeight(SovereigntyAssessment assessment) {
    return chartBottom(assessment) + AXIS;
  }

  static List<Integer> sealTicks() {
    return IntStream.rangeClosed(0, SovereigntyAssessment.MAX_SEAL).boxed().toList();
  }
}
