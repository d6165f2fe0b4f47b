package eu.aimarket.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One rule of a published policy version, stored in its published position. */
@Embeddable
public class PolicyRule {

  @Column(nullable = false)
  private String name;

  @Column(name = "rule_condition", nullable = false)
  private String condition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RuleEffect effect;

  @Column(precision = 7, scale = 2)
  private BigDecimal points;

  @Column(nullable = false)
  private String reason;

  protected PolicyRule() {}

  PolicyRule(RuleDefinition definition) {
    this.name = definition.name();
    this.condition = definition.condition();
    this.effect = definition.effect();
    this.points = definition.points();
    this.reason = definition.reason();
  }

  public RuleDefinition toDefinition() {
    return new RuleDefinition(name, condition, effect, plain(points), reason);
  }

  /** 12.50 as stored becomes 12.5, and 10.00 becomes 10 rather than 1E+1. */
  private static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public String getName() {
    return name;
  }

  public String getCondition() {
    return condition;
  }

  public RuleEffect getEffect() {
    return effect;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getReason() {
    return reason;
  }
}
