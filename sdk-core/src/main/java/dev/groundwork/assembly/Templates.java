package dev.groundwork.assembly;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A group of stack templates read together: one stack, one environment's stacks, or every
 * stack of an app. Lookups over a group look across all its stacks.
 */
public final class Templates {
  private final String description;
  private final ImmutableList<StackTemplate> stacks;

  private Templates(String description, List<StackTemplate> stacks) {
    this.description = description;
    this.stacks = ImmutableList.copyOf(stacks);
  }

  /** A group described in messages as {@code description}, e.g. {@code environment 'prod'}. */
  public static Templates of(String description, List<StackTemplate> stacks) {
    return new Templates(description, stacks);
  }

  /** A group of one stack. */
  public static Templates of(StackTemplate stack) {
    return new Templates(stack.describe(), List.of(stack));
  }

  /** What the group is, for messages. */
  public String description() {
    return description;
  }

  public ImmutableList<StackTemplate> stacks() {
    return stacks;
  }

  /** The stack with this CloudFormation name, if the group has it. */
  public Optional<StackTemplate> stack(String stackName) {
    return stacks.stream().filter(s -> s.stackName().equals(stackName)).findFirst();
  }

  /** Every resource of every stack, stack by stack in template order. */
  public ImmutableList<Resource> resources() {
    return stacks.stream().flatMap(s -> s.resources().stream()).collect(ImmutableList.toImmutableList());
  }

  /** The resources of one CloudFormation type across the group. */
  public ImmutableList<Resource> resourcesOfType(String type) {
    return stacks.stream().flatMap(s -> s.resourcesOfType(type).stream())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return description;
  }
}
