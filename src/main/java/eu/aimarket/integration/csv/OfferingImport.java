package eu.aimarket.integration.csv;

import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.integration.csv.OfferingCsv.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Imports a supplier's offerings from CSV. Every row is checked the way the JSON API checks an
 * offering body (the same {@link OfferingData} and its bean validation) before anything is written;
 * a file with any error writes nothing, and a clean file is created in one transaction.
 */
@ApplicationScoped
public class OfferingImport {

  /** More rows than this go in several files; it bounds one transaction and one answer. */
  public static final int MAX_ROWS = 5000;

  private final OfferingService offerings;
  private final Validator validator;

  OfferingImport(OfferingService offerings, Validator validator) {
    this.offerings = offerings;
    this.validator = validator;
  }

  /**
   * One problem of the file: its line (from 1, the header is line 1) and column (the field's number
   * from 1; absent when the problem is not in one field), the column's name, and what is wrong.
   */
  public record ImportError(int line, Integer column, String field, String message) {}

  /** What an import found and did. {@code created} is empty for a dry run or a failed one. */
  public record Report(
      boolean dryRun,
      @Schema(example = "500") int rows,
      int validRows,
      List<ImportError> errors,
      List<UUID> created) {

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private record Checked(
      int rows, int validRows, List<ImportError> errors, List<OfferingData> data) {}

  /** Checks every row and writes nothing. */
  public Report dryRun(String csv) {
    Checked checked = check(csv);
    return new Report(true, checked.rows(), checked.validRows(), checked.errors(), List.of());
  }

  /** Creates every row's offering, or none when any row has an error. */
  public Report importAll(UUID supplierId, String csv) {
    Checked checked = check(csv);
    if (!checked.errors().isEmpty()) {
      return new Report(false, checked.rows(), checked.validRows(), checked.errors(), List.of());
    }
    List<UUID> created =
        offerings.createAll(supplierId, checked.data()).stream().map(OfferingView::id).toList();
    return new Report(false, checked.rows(), checked.validRows(), List.of(), created);
  }

  private Checked check(String csv) {
    List<CsvReader.Record> records;
    try {
      records = CsvReader.read(csv == null ? "" : csv);
    } catch (CsvFormatException e) {
      return failed(new ImportError(e.line(), e.column(), null, e.getMessage()));
    }
    if (records.isEmpty()) {
      return failed(
          new ImportError(1, null, null, "the file is empty: it needs a header row and rows"));
    }
    CsvReader.Record header = records.get(0);
    List<ImportError> errors = new ArrayList<>();
    List<Column> columns = columns(header, errors);
    if (!errors.isEmpty()) {
      return new Checked(records.size() - 1, 0, errors, List.of());
    }
    List<CsvReader.Record> rows = records.subList(1, records.size());
    if (rows.isEmpty()) {
      return failed(new ImportError(1, null, null, "the file has a header but no rows"));
    }
    if (rows.size() > MAX_ROWS) {
      return failed(
          new ImportError(
              rows.get(MAX_ROWS).line(),
              null,
              null,
              "a file may hold at most " + MAX_ROWS + " rows; split it into several files"));
    }
    List<OfferingData> data = new ArrayList<>();
    int validRows = 0;
    for (CsvReader.Record row : rows) {
      List<ImportError> rowErrors = checkRow(row, columns);
      if (rowErrors.isEmpty()) {
        validRows++;
        data.add(toData(row, columns));
      }
      errors.addAll(rowErrors);
    }
    errors.sort(
        Comparator.comparingInt(ImportError::line)
            .thenComparing(e -> e.column() == null ? 0 : e.column()));
    return new Checked(rows.size(), validRows, errors, errors.isEmpty() ? data : List.of());
  }

  private static Checked failed(ImportError error) {
    return new Checked(0, 0, List.of(error), List.of());
  }

  /** The header's columns in order; unknown, repeated and missing required ones are errors. */
  private static List<Column> columns(CsvReader.Record header, List<ImportError> errors) {
    Map<String, Column> known = Column.byHeader();
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      Column column = known.get(name);
      if (column == null) {
        errors.add(
            new ImportError(
                header.line(),
                i + 1,
                name,
                "is not a column of the offering import; the columns are "
                    + known.keySet().stream().sorted().collect(Collectors.joining(", "))));
      } else if (columns.contains(column)) {
        errors.add(new ImportError(header.line(), i + 1, name, "appears twice"));
      }
      columns.add(column);
    }
    for (Column column : Column.values()) {
      if (column.required() && !columns.contains(column)) {
        errors.add(new ImportError(header.line(), null, column.header(), "is a required column"));
      }
    }
    return columns;
  }

  private List<ImportError> checkRow(CsvReader.Record row, List<Column> columns) {
    if (row.fields().size() != columns.size()) {
      return List.of(
          new ImportError(
              row.line(),
              Math.min(row.fields().size(), columns.size()) + 1,
              null,
              "has " + row.fields().size() + " fields where the header has " + columns.size()));
    }
    List<ImportError> errors = new ArrayList<>();
    Map<Column, Object> values = new EnumMap<>(Column.class);
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      String formula = formulaStart(row.fields().get(i));
      if (formula != null) {
        errors.add(
            new ImportError(
                row.line(),
                i + 1,
                column.header(),
                "starts with '"
                    + formula
                    + "', which a spreadsheet opening an export would run as a formula;"
                    + " remove it"));
        continue;
      }
      try {
        values.put(column, column.parse(row.fields().get(i)));
      } catch (OfferingCsv.CellException e) {
        errors.add(new ImportError(row.line(), i + 1, column.header(), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      positions.put(columns.get(i).header(), i + 1);
    }
    for (ConstraintViolation<OfferingData> violation :
        validator.validate(OfferingCsv.data(values))) {
      String field = property(violation.getPropertyPath());
      errors.add(new ImportError(row.line(), positions.get(field), field, message(violation)));
    }
    return errors;
  }

  /**
   * The character that would make a spreadsheet run the cell as a formula ({@code =cmd|...}), or
   * null. A minus sign is one only when no number follows it, so that {@code -1} stays a number
   * (which its column then checks).
   */
  static String formulaStart(String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
      return first == '\t' ? "\\t" : first == '\r' ? "\\r" : String.valueOf(first);
    }
    if (first == '-' && !cell.matches("-\\d+(\\.\\d+)?")) {
      return "-";
    }
    return null;
  }

  private static OfferingData toData(CsvReader.Record row, List<Column> columns) {
    Map<Column, Object> values = new EnumMap<>(Column.class);
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i), columns.get(i).parse(row.fields().get(i)));
    }
    return OfferingCsv.data(values);
  }

  /** The record component a violation is about: the first named node of its path. */
  private static String property(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        return node.getName();
      }
    }
    return null;
  }

  /** Elements of lists are named by their value, as the JSON API's problems do. */
  private static String message(ConstraintViolation<?> violation) {
    boolean element =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
            .anyMatch(node -> node.getKind() == ElementKind.CONTAINER_ELEMENT);
    Object invalid = violation.getInvalidValue();
    if (element && invalid != null && !(invalid instanceof java.util.Collection<?>)) {
      return "'" + invalid + "' " + violation.getMessage();
    }
    return violation.getMessage();
  }
}
