package dev.groundwork.policy;

import dev.groundwork.assembly.StackTemplate;
import java.util.List;

/**
 * A check of the whole synthesized assembly at once rather than of one resource, such as the
 * replacement guard comparing it with a previous assembly. The engine runs it after the rules,
 * applies suppressions to its findings as to a rule's, and puts them in the same report.
 *
 * <p>A finding is suppressed by a suppression of its rule on a construct whose path is its
 * {@link Finding#constructPath()} or a parent of it, written on any resource of the finding's
 * stack (so one on the stack itself covers a resource that is no longer in it), or configured
 * by path in {@link PolicyOptions#suppressions()}.
 */
public interface AssemblyCheck {

  /** The rules whose findings the check produces, listed in the report when it runs. */
  List<RuleInfo> rules();

  /** The findings on {@code stacks} (each finding names a stack of {@code stacks}). */
  List<Finding> check(List<StackTemplate> stacks);
}
