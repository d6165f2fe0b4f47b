package eu.aimarket.matching.web;

import eu.aimarket.catalog.FormError;
import eu.aimarket.catalog.FormError.Problem;
import eu.aimarket.catalog.FormInput;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.policy.PolicyDetails;
import eu.aimarket.policy.PolicyDraft;
import eu.aimarket.policy.RuleDefinition;
import eu.aimarket.policy.RuleEffect;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy editor's form as typed: the policy's name and description, a change note, the version
 * the draft is based on, and its rules. Rows left entirely blank are dropped, so the page can
 * always offer one empty row for a new rule without JavaScript.
 */
public record PolicyForm(
    String name, String description, String changeNote, String basedOn, List<RuleRow> rules) {

  /** The most rule rows a form may post: the compiler's limit and one spare row. */
  static final int MAX_ROWS = 101;

  private static final Pattern RULE_FIELD = Pattern.compile("rules\\[(\\d+)]\\.(\\w+)");
  private static final Pattern ROW_FIELD = Pattern.compile("rule-(\\d+)-(\\w+)");

  /** One rule as typed. */
  public record RuleRow(
      String name, String condition, String effect, String points, String reason) {

    static final RuleRow BLANK = new RuleRow("", "", "", "", "");

    boolean blank() {
      return name.isBlank()
          && condition.isBlank()
          && effect.isBlank()
          && points.isBlank()
          && reason.isBlank();
    }
  }

  /** The latest version of a policy, to start a draft from. */
  static PolicyForm of(PolicyDetails policy) {
    List<RuleRow> rows = new ArrayList<>();
    for (RuleDefinition rule : policy.rules()) {
      rows.add(
          new RuleRow(
              rule.name(),
              rule.condition(),
              rule.effect().name(),
              rule.points() == null ? "" : rule.points().toPlainString(),
              rule.reason()));
    }
    return new PolicyForm(
        policy.name(), policy.description(), "", Integer.toString(policy.version()), rows);
  }

  static PolicyForm from(MultivaluedMap<String, String> posted) {
    List<RuleRow> rows = new ArrayList<>();
    for (int i = 0; i < MAX_ROWS && posted.containsKey(field(i, "name")); i++) {
      RuleRow row =
          new RuleRow(
              first(posted, field(i, "name")),
              first(posted, field(i, "condition")),
              first(posted, field(i, "effect")),
              first(posted, field(i, "points")),
              first(posted, field(i, "reason")));
      if (!row.blank()) {
        rows.add(row);
      }
    }
    return new PolicyForm(
        first(posted, "name"),
        first(posted, "description"),
        first(posted, "changeNote"),
        first(posted, "basedOn"),
        rows);
  }

  /** The form field of one rule's part, e.g. {@code rule-2-condition}. */
  public static String field(int index, String part) {
    return "rule-" + index + "-" + part;
  }

  /** The rows to show: the draft's rules and one empty row for a new rule. */
  public List<RuleRow> rowsWithSpare() {
    List<RuleRow> shown = new ArrayList<>(rules);
    if (shown.size() < MAX_ROWS) {
      shown.add(RuleRow.BLANK);
    }
    return shown;
  }

  /** The draft, or {@link eu.aimarket.catalog.InvalidForm} naming each field in error. */
  PolicyDraft toDraft(Validator validator) {
    FormInput input = new FormInput();
    List<RuleDefinition> definitions = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      RuleRow row = rules.get(i);
      int index = i;
      RuleDefinition rule =
          new RuleDefinition(
              input.text(row.name()),
              input.text(row.condition()) == null ? null : row.condition(),
              input.choice(field(i, "effect"), row.effect(), RuleEffect.class),
              input.decimal(field(i, "points"), row.points()),
              input.text(row.reason()));
      input.validate(validator, rule, path -> field(index, path));
      definitions.add(rule);
    }
    if (input.text(name) == null) {
      input.add(FormError.of("name", Problem.REQUIRED));
    }
    if (input.text(description) == null) {
      input.add(FormError.of("description", Problem.REQUIRED));
    }
    input.throwIfInvalid();
    return new PolicyDraft(
        input.text(name), input.text(description), input.text(changeNote), definitions);
  }

  int basedOnVersion() {
    try {
      return Integer.parseInt(basedOn.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("basedOn", "must be the version number the editor sent");
    }
  }

  /**
   * The compiler's and the service's errors ({@code rules[2].condition}) as form errors. A rule's
   * message is the compiler's own, which names the rule and the position in the condition.
   */
  static List<FormError> formErrors(List<FieldError> errors) {
    List<FormError> translated = new ArrayList<>();
    for (FieldError error : errors) {
      Matcher matcher = RULE_FIELD.matcher(error.field());
      String field =
          matcher.matches()
              ? field(Integer.parseInt(matcher.group(1)), matcher.group(2))
              : error.field();
      translated.add(new FormError(field, Problem.RULE, error.message()));
    }
    return translated;
  }

  /** The reader's name of a form field, for the error summary: rule fields name their row. */
  static String label(String field, MatchMessages text) {
    Matcher matcher = ROW_FIELD.matcher(field);
    if (matcher.matches()) {
      int row = Integer.parseInt(matcher.group(1)) + 1;
      String part =
          switch (matcher.group(2)) {
            case "name" -> text.tp_rule();
            case "condition" -> text.tp_condition();
            case "effect" -> text.tp_effect();
            case "points" -> text.match_points();
            case "reason" -> text.tp_reason();
            default -> matcher.group(2);
          };
      return text.pol_rule_part(row, part);
    }
    return switch (field) {
      case "name" -> text.pol_name();
      case "description" -> text.pol_description();
      case "changeNote" -> text.pol_change_note();
      case "basedOn" -> text.req_version();
      default -> field;
    };
  }

  private static String first(MultivaluedMap<String, String> posted, String name) {
    String value = posted.getFirst(name);
    return value == null ? "" : value;
  }
}
