package eu.aimarket.integration.csv;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.PricingModel;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Offerings as CSV rows. The import columns are the fields of the JSON API's offering body, with
 * the same names; lists are written with {@code |} between values (a comma would need quoting, and
 * some spreadsheets save CSV with semicolons). The export adds the columns the marketplace sets:
 * id, supplier, version, assessment.
 */
public final class OfferingCsv {

  /** The separator of values within one field. */
  public static final String LIST_SEPARATOR = "|";

  /** A column of the import: its name and how a cell becomes a typed value. */
  public enum Column {
    NAME("name", true, Cell::text),
    DESCRIPTION("description", true, Cell::text),
    CATEGORY("category", true, cell -> cell.enumValue(Category.class)),
    DEPLOYMENT_MODELS("deploymentModels", true, cell -> cell.enumSet(DeploymentModel.class)),
    DATA_STORAGE_COUNTRIES("dataStorageCountries", false, cell -> cell.codes(true)),
    DATA_PROCESSING_COUNTRIES("dataProcessingCountries", false, cell -> cell.codes(true)),
    SUPPORT_COUNTRIES("supportCountries", false, cell -> cell.codes(true)),
    LANGUAGES("languages", false, cell -> cell.codes(false)),
    OPEN_WEIGHTS("openWeights", true, Cell::bool),
    LICENCE("licence", false, Cell::text),
    CERTIFICATIONS("certifications", false, cell -> cell.enumSet(Certification.class)),
    PRICING_MODEL("pricingModel", true, cell -> cell.enumValue(PricingModel.class)),
    PRICE_EUR("priceEur", false, Cell::decimal),
    PRICE_UNIT("priceUnit", false, Cell::text),
    HARDWARE_VENDOR_COUNTRY("hardwareVendorCountry", false, Cell::upperText),
    RENEWABLE_ENERGY_PERCENT("renewableEnergyPercent", false, Cell::integer),
    PUE("pue", false, Cell::decimal),
    STATUS("status", false, cell -> cell.enumValue(OfferingStatus.class));

    private final String header;
    private final boolean required;
    private final Function<Cell, Object> parser;

    Column(String header, boolean required, Function<Cell, Object> parser) {
      this.header = header;
      this.required = required;
      this.parser = parser;
    }

    public String header() {
      return header;
    }

    public boolean required() {
      return required;
    }

    Object parse(String value) {
      return parser.apply(new Cell(value));
    }

    static Map<String, Column> byHeader() {
      return Arrays.stream(values()).collect(Collectors.toMap(Column::header, c -> c));
    }
  }

  /** A cell that cannot become its column's type; the message says what it must be. */
  static final class CellException extends RuntimeException {
    CellException(String message) {
      super(message);
    }
  }

  /** One cell's text and the conversions the columns need; blank means "not given". */
  record Cell(String raw) {

    boolean blank() {
      return raw == null || raw.isBlank();
    }

    Object text() {
      return blank() ? null : raw.strip();
    }

    Object upperText() {
      return blank() ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    Object bool() {
      if (blank()) {
        return null;
      }
      return switch (raw.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new CellException("must be true or false");
      };
    }

    Object decimal() {
      if (blank()) {
        return null;
      }
      try {
        return new BigDecimal(raw.strip());
      } catch (NumberFormatException e) {
        throw new CellException("must be a number with a point for decimals, e.g. 1.25");
      }
    }

    Object integer() {
      if (blank()) {
        return null;
      }
      try {
        return Integer.valueOf(raw.strip());
      } catch (NumberFormatException e) {
        throw new CellException("must be a whole number");
      }
    }

    <E extends Enum<E>> Object enumValue(Class<E> type) {
      return blank() ? null : constant(type, raw.strip());
    }

    <E extends Enum<E>> Object enumSet(Class<E> type) {
      return items().stream().map(item -> constant(type, item)).collect(Collectors.toSet());
    }

    /** Country codes are upper case, language codes lower case, as the API writes them. */
    Object codes(boolean upper) {
      return items().stream()
          .map(item -> upper ? item.toUpperCase(Locale.ROOT) : item.toLowerCase(Locale.ROOT))
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<String> items() {
      if (blank()) {
        return List.of();
      }
      return Stream.of(raw.split("\\" + LIST_SEPARATOR))
          .map(String::strip)
          .filter(item -> !item.isEmpty())
          .toList();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CellException(
            "'"
                + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
                + "' must be one of "
                + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
    }
  }

  private OfferingCsv() {}

  /** The offering body a row stands for; the values come typed from {@link Column#parse}. */
  @SuppressWarnings("unchecked")
  static OfferingData data(Map<Column, Object> values) {
    return new OfferingData(
        null,
        (String) values.get(Column.NAME),
        (String) values.get(Column.DESCRIPTION),
        (Category) values.get(Column.CATEGORY),
        (Set<DeploymentModel>) values.get(Column.DEPLOYMENT_MODELS),
        (Set<String>) values.get(Column.DATA_STORAGE_COUNTRIES),
        (Set<String>) values.get(Column.DATA_PROCESSING_COUNTRIES),
        (Set<String>) values.get(Column.SUPPORT_COUNTRIES),
        (Set<String>) values.get(Column.LANGUAGES),
        (Boolean) values.get(Column.OPEN_WEIGHTS),
        (String) values.get(Column.LICENCE),
        (Set<Certification>) values.get(Column.CERTIFICATIONS),
        (PricingModel) values.get(Column.PRICING_MODEL),
        (BigDecimal) values.get(Column.PRICE_EUR),
        (String) values.get(Column.PRICE_UNIT),
        (String) values.get(Column.HARDWARE_VENDOR_COUNTRY),
        (Integer) values.get(Column.RENEWABLE_ENERGY_PERCENT),
        (BigDecimal) values.get(Column.PUE),
        (OfferingStatus) values.get(Column.STATUS),
        null);
  }

  /** The export's header: the marketplace's columns around the import columns. */
  public static List<String> exportHeader() {
    return Stream.concat(
            Stream.of("id", "supplierId", "supplierName"),
            Stream.concat(
                Arrays.stream(Column.values()).map(Column::header),
                Stream.of("version", "sovereigntyScore", "overallSeal", "updatedAt")))
        .toList();
  }

  public static List<String> exportRow(OfferingView offering) {
    return List.of(
        offering.id().toString(),
        offering.supplier().id().toString(),
        CsvWriter.text(offering.supplier().name()),
        CsvWriter.text(offering.name()),
        CsvWriter.text(offering.description()),
        offering.category().name(),
        join(offering.deploymentModels().stream().map(Enum::name)),
        join(offering.dataStorageCountries().stream()),
        join(offering.dataProcessingCountries().stream()),
        join(offering.supportCountries().stream()),
        join(offering.languages().stream()),
        Boolean.toString(offering.openWeights()),
        orEmpty(CsvWriter.text(offering.licence())),
        join(offering.certifications().stream().map(Enum::name)),
        offering.pricingModel().name(),
        offering.priceEur() == null ? "" : offering.priceEur().toPlainString(),
        orEmpty(CsvWriter.text(offering.priceUnit())),
        orEmpty(offering.hardwareVendorCountry()),
        offering.renewableEnergyPercent() == null
            ? ""
            : offering.renewableEnergyPercent().toString(),
        offering.pue() == null ? "" : offering.pue().toPlainString(),
        offering.status().name(),
        Long.toString(offering.version()),
        Double.toString(offering.sovereignty().score()),
        Integer.toString(offering.sovereignty().overallSeal()),
        offering.updatedAt() == null ? "" : offering.updatedAt().toString());
  }

  private static String join(Stream<String> values) {
    return values.collect(Collectors.joining(LIST_SEPARATOR));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
