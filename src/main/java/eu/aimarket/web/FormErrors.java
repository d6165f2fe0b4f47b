package eu.aimarket.web;

import eu.aimarket.catalog.FormError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A form's errors ready for a page, in the reader's language: one entry per field with the label
 * the summary at the top shows, and the anchor of the field it links to.
 */
public final class FormErrors {

  private static final FormErrors NONE = new FormErrors(Map.of());

  private final Map<String, Entry> byField;

  private FormErrors(Map<String, Entry> byField) {
    this.byField = byField;
  }

  public static FormErrors none() {
    return NONE;
  }

  /**
   * @param anchorPrefix prefixed to field names where a page holds several forms
   * @param labels the reader's name of each field
   */
  public static FormErrors of(
      List<FormError> errors,
      Messages messages,
      String anchorPrefix,
      Function<String, String> labels) {
    Map<String, Entry> byField = new LinkedHashMap<>();
    for (FormError error : errors) {
      byField.putIfAbsent(
          error.field(),
          new Entry(
              error.field(),
              anchorPrefix + error.field(),
              labels.apply(error.field()),
              messages.form_error(error.problem(), error.detail() == null ? "" : error.detail())));
    }
    return new FormErrors(byField);
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public List<Entry> entries() {
    return List.copyOf(byField.values());
  }

  /** The error of a field, or {@code null} when it has none. */
  public Entry get(String field) {
    return byField.get(field);
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** One field's error: {@code anchor} is the id of the input it belongs to. */
  public record Entry(String field, String anchor, String label, String message) {}
}
