package eu.aimarket.matching.web;

import eu.aimarket.matching.RankedOffering;
import eu.aimarket.matching.Term;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A ranking as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or break.
 */
final class RankingCsv {

  static final String HEADER =
      "rank,offering_id,offering,supplier,us_incumbent,sovereignty_score,fit,incentives,score,terms";

  private RankingCsv() {}

  static String of(List<RankedOffering> ranked) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (RankedOffering r : ranked) {
      csv.append(r.rank())
          .append(',')
          .append(r.offeringId())
          .append(',')
          .append(field(r.offeringName()))
          .append(',')
          .append(field(r.supplier().name()))
          .append(',')
          .append(r.usIncumbent())
          .append(',')
          .append(String.format(Locale.ROOT, "%.1f", r.sovereigntyScore()))
          .append(',')
          .append(r.fit().toPlainString())
          .append(',')
          .append(r.incentives().toPlainString())
          .append(',')
          .append(r.score().toPlainString())
          .append(',')
          .append(field(terms(r.terms())))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String terms(List<Term> terms) {
    return terms.stream()
        .map(t -> t.label() + " " + t.points().toPlainString())
        .collect(Collectors.joining("; "));
  }

  /** A field as RFC 4180 wants it; a leading formula character is neutralised for spreadsheets. */
  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
