package dev.groundwork.check;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.UnreadableTemplateException;
import dev.groundwork.policy.AssemblyCheck;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.List;

/**
 * Templates that could not be read, as findings of {@link CheckRules#READABLE}: in every report, with the
 * file, line and reason, while every other template is still checked.
 *
 * @param unreadable the templates that failed, each named as its stack would have been
 */
record UnreadableTemplates(List<Unreadable> unreadable) implements AssemblyCheck {

  /** A template that failed to read, and the stack name it would have had. */
  record Unreadable(String stack, UnreadableTemplateException problem) {}

  UnreadableTemplates {
    unreadable = List.copyOf(unreadable);
  }

  @Override
  public List<RuleInfo> rules() {
    return unreadable.isEmpty() ? List.of() : List.of(CheckRules.READABLE);
  }

  @Override
  public List<Finding> check(List<StackTemplate> stacks) {
    return unreadable.stream().map(u -> new Finding(CheckRules.READABLE, Severity.ERROR,
        StackTemplate.APP_LEVEL_ENVIRONMENT, u.stack(), u.problem().file(), "-", u.stack(),
        u.problem().line().map(l -> "line " + l + u.problem().column().map(c -> ", column " + c).orElse(""))
            .orElse("Template"),
        u.problem().getMessage())).toList();
  }
}
