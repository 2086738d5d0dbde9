package dev.groundwork.core;

import static com.google.common.base.Preconditions.checkArgument;


/**
 * One thing wrong with the input, described so a user can fix it without reading our code.
 *
 * <p>Rendered by {@link #message()} in one fixed shape, so wording never drifts between
 * constructs: {@code [CODE] Where: property must be <allowed>, got <value>. <fix>}.
 *
 * @param code stable, upper-snake error code, e.g. {@code ENVIRONMENT_ACCOUNT_FORMAT}
 * @param where the construct and its path, or the props object, e.g. {@code PlatformApp 'orders'}
 * @param property the public property name as the user wrote it
 * @param value the rejected value as given
 * @param allowed what is accepted
 * @param fix what to do
 */
public record Problem(
    String code, String where, String property, String value, String allowed, String fix) {

  public Problem {
    checkArgument(code.matches("[A-Z][A-Z0-9_]*"), "error code must be UPPER_SNAKE: %s", code);
  }

  /** The message: code, where, property, allowed values, the value given, the fix. */
  public String message() {
    return "[%s] %s: %s must be %s, got %s. %s".formatted(code, where, property, allowed, value, fix);
  }

  @Override
  public String toString() {
    return message();
  }
}
