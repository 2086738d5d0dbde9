package dev.groundwork.core;

import java.util.ArrayList;
import java.util.List;
import software.constructs.IConstruct;

/**
 * Collects every problem of one construct's input, then throws them together: the one way
 * Groundwork's constructs validate, public so users' own constructs report the same way.
 *
 * <p>Names the construct the same way everywhere ({@code SecureVpc at 'dev/network/Vpc'}), so
 * messages never drift between constructs. A construct resolves its defaults, records every
 * problem it finds here, and calls {@link #throwIfAny()} once, before creating any resource.
 */
public final class Problems {
  private final String where;
  private final List<Problem> problems = new ArrayList<>();

  private Problems(String where) {
    this.where = where;
  }

  /** Problems of the construct of type {@code type} at {@code scope}'s path. */
  public static Problems of(String type, IConstruct scope) {
    return new Problems(type + " at '" + scope.getNode().getPath() + "'");
  }

  /**
   * Problems of a value checked on its own (in {@code @Value.Check}), before any construct uses
   * it: messages name the value's type, e.g. {@code AlarmWindow}.
   */
  public static Problems ofValue(String type) {
    return new Problems(type);
  }

  /** How messages name the construct. */
  public String where() {
    return where;
  }

  /** Records a problem. */
  public Problems add(String code, String property, Object value, String allowed, String fix) {
    problems.add(new Problem(code, where, property, String.valueOf(value), allowed, fix));
    return this;
  }

  /** Records problems found elsewhere (e.g. by a shared checker). */
  public Problems addAll(List<Problem> found) {
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
