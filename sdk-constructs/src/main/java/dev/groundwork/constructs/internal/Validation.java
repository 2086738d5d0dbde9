package dev.groundwork.constructs.internal;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.util.ArrayList;
import java.util.List;
import software.constructs.IConstruct;

/**
 * Collects every problem of one construct's input, then throws them together.
 *
 * <p>Names the construct the same way everywhere ({@code SecureVpc at 'dev/network/Vpc'}), so
 * messages never drift between constructs.
 */
public final class Validation {
  private final String where;
  private final List<Problem> problems = new ArrayList<>();

  private Validation(String where) {
    this.where = where;
  }

  /** Problems of the construct of type {@code type} at {@code scope}'s path. */
  public static Validation of(String type, IConstruct scope) {
    return new Validation(type + " at '" + scope.getNode().getPath() + "'");
  }

  /**
   * Problems of a value checked on its own (in {@code @Value.Check}), before any construct uses
   * it: messages name the value's type, e.g. {@code AlarmWindow}.
   */
  public static Validation ofValue(String type) {
    return new Validation(type);
  }

  /** How messages name the construct. */
  public String where() {
    return where;
  }

  /** Records a problem. */
  public Validation add(String code, String property, Object value, String allowed, String fix) {
    problems.add(new Problem(code, where, property, String.valueOf(value), allowed, fix));
    return this;
  }

  /** Records problems found elsewhere (e.g. by a shared checker). */
  public Validation addAll(List<Problem> found) {
    problems.addAll(found);
    return this;
  }

  /** Whether nothing is wrong so far. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Every problem's message, for a check CDK runs at synthesis ({@code Node.addValidation}),
   * where problems are returned rather than thrown.
   */
  public List<String> messages() {
    return problems.stream().map(Problem::message).toList();
  }

  /** Throws one {@link GroundworkValidationException} with every problem, if there is any. */
  public void throwIfAny() {
    GroundworkValidationException.throwIfAny(problems);
  }
}
