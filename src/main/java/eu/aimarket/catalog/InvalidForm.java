package eu.aimarket.catalog;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.common.ProblemType;
import java.util.List;

/**
 * A form that people filled in did not pass validation: one {@link FormError} per field. Pages show
 * the form again with the errors; anything else gets it as an ordinary 400.
 */
public class InvalidForm extends DomainException {

  private final List<FormError> errors;

  public InvalidForm(List<FormError> errors) {
    super(
        ProblemType.VALIDATION,
        "The form has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s"),
        errors.stream().map(e -> new FieldError(e.field(), e.englishMessage())).toList());
    this.errors = List.copyOf(errors);
  }

  public List<FormError> errors() {
    return errors;
  }
}
