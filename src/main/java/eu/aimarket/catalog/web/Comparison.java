package eu.aimarket.catalog.web;

import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import eu.aimarket.web.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Offerings side by side: one row per attribute, marked where the offerings differ. */
public record Comparison(List<OfferingView> offerings, List<Row> rows) {

  /** At most this many offerings fit side by side on a page. */
  public static final int MAX = 4;

  /** One attribute across the offerings; {@code differs} when not all values are equal. */
  public record Row(String label, List<String> values, boolean differs) {}

  public static Comparison of(List<OfferingView> offerings, Messages msg, Locale locale) {
    List<Row> rows = new ArrayList<>();
    Function<Collection<String>, String> countries =
        codes ->
            codes.isEmpty()
                ? msg.not_disclosed()
                : codes.stream()
                    .map(c -> new Locale("", c).getDisplayCountry(locale))
                    .collect(Collectors.joining(", "));
    NumberFormat score = NumberFormat.getNumberInstance(locale);
    score.setMinimumFractionDigits(1);
    score.setMaximumFractionDigits(1);
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(4);

    add(rows, offerings, msg.col_supplier(), o -> o.supplier().name());
    add(
        rows,
        offerings,
        msg.attr_hq(),
        o -> new Locale("", o.supplier().headquartersCountry()).getDisplayCountry(locale));
    add(
        rows,
        offerings,
        msg.col_control(),
        o -> new Locale("", o.supplier().controlCountry()).getDisplayCountry(locale));
    add(rows, offerings, msg.filter_category(), o -> msg.category(o.category()));
    add(rows, offerings, msg.col_score(), o -> score.format(o.sovereignty().score()));
    add(rows, offerings, msg.col_seal(), o -> Integer.toString(o.sovereignty().overallSeal()));
    for (Objective objective : Objective.values()) {
      add(
          rows,
          offerings,
          objective.id() + " " + msg.objective_title(objective),
          o -> {
            ObjectiveAssessment assessed = o.sovereignty().objective(objective);
            return "SEAL "
                + assessed.seal()
                + (assessed.verified() ? "" : " (" + msg.claim_declared() + ")");
          });
    }
    add(
        rows,
        offerings,
        msg.attr_deployment(),
        o -> o.deploymentModels().stream().map(msg::deployment).collect(Collectors.joining(", ")));
    add(rows, offerings, msg.attr_storage(), o -> countries.apply(o.dataStorageCountries()));
    add(rows, offerings, msg.attr_processing(), o -> countries.apply(o.dataProcessingCountries()));
    add(rows, offerings, msg.attr_support(), o -> countries.apply(o.supportCountries()));
    add(
        rows,
        offerings,
        msg.attr_languages(),
        o ->
            o.languages().isEmpty()
                ? msg.none()
                : o.languages().stream()
                    .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(locale))
                    .collect(Collectors.joining(", ")));
    add(rows, offerings, msg.badge_open_weights(), o -> o.openWeights() ? msg.yes() : msg.no());
    add(
        rows,
        offerings,
        msg.attr_licence(),
        o -> o.licence() == null ? msg.not_disclosed() : o.licence());
    add(
        rows,
        offerings,
        msg.attr_certifications(),
        o ->
            o.certifications().isEmpty()
                ? msg.none()
                : o.certifications().stream()
                    .map(c -> c.label())
                    .collect(Collectors.joining(", ")));
    add(rows, offerings, msg.attr_pricing(), o -> msg.pricing(o.pricingModel()));
    add(
        rows,
        offerings,
        msg.attr_price(),
        o ->
            o.priceEur() == null
                ? msg.not_disclosed()
                : number.format(o.priceEur())
                    + " EUR"
                    + (o.priceUnit() == null ? "" : " " + o.priceUnit()));
    add(
        rows,
        offerings,
        msg.attr_hardware(),
        o ->
            o.hardwareVendorCountry() == null
                ? msg.not_disclosed()
                : new Locale("", o.hardwareVendorCountry()).getDisplayCountry(locale));
    add(
        rows,
        offerings,
        msg.attr_renewable(),
        o ->
            o.renewableEnergyPercent() == null
                ? msg.not_disclosed()
                : o.renewableEnergyPercent() + " %");
    add(
        rows,
        offerings,
        msg.attr_pue(),
        o -> o.pue() == null ? msg.not_disclosed() : number.format(o.pue()));
    return new Comparison(List.copyOf(offerings), List.copyOf(rows));
  }

  private static void add(
      List<Row> rows,
      List<OfferingView> offerings,
      String label,
      Function<OfferingView, String> value) {
    List<String> values = offerings.stream().map(value).toList();
    rows.add(new Row(label, values, values.stream().distinct().count() > 1));
  }
}
