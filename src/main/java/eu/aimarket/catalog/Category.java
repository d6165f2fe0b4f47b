package eu.aimarket.catalog;

/** The kind of AI product an offering is. */
public enum Category {
  LLM_API("LLM API"),
  HOSTED_OPEN_MODEL("Hosted open-weights model"),
  AI_PLATFORM("AI platform / MLOps"),
  GPU_COMPUTE("GPU compute"),
  AI_CHIP("AI chip / hardware"),
  SPEECH("Speech"),
  VISION("Vision"),
  PROFESSIONAL_SERVICES("Professional services");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** A short English label for people; pages translate through the message bundle. */
  public String label() {
    return label;
  }
}
