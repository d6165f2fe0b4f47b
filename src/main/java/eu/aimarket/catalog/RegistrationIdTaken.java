package eu.aimarket.catalog;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;

/** Another organisation is already registered under the registration id an onboarding gives. */
public class RegistrationIdTaken extends DomainException {

  public RegistrationIdTaken(String message) {
    super(ProblemType.CONFLICT, message);
  }
}
