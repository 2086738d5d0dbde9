package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
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

  /**
   * The resource {@code value} points at, in this group: a {@code Ref}/{@code Fn::GetAtt} in
   * {@code from}'s template, or an {@code Fn::ImportValue} of a name another stack of the group
   * exports (a cross-stack reference, as CDK writes them).
   */
  public Optional<Resource> resolve(StackTemplate from, JsonNode value) {
    Optional<String> imported = Intrinsics.importName(value);
    if (imported.isEmpty()) {
      return from.resolve(value);
    }
    return stacks.stream().map(s -> s.exported(imported.get())).flatMap(Optional::stream).findFirst();
  }

  /**
   * Every resource referenced anywhere inside {@code value}: {@link Intrinsics#references} in
   * {@code from}'s template, and the resources behind its {@code Fn::ImportValue}s in this group.
   */
  public List<Resource> referencedBy(StackTemplate from, JsonNode value) {
    List<Resource> found = new ArrayList<>();
    Intrinsics.references(value).forEach(id -> from.resource(id).ifPresent(found::add));
    Intrinsics.importNames(value).forEach(name -> stacks.stream().map(s -> s.exported(name))
        .flatMap(Optional::stream).findFirst().ifPresent(found::add));
    return found;
  }

  @Override
  public String toString() {
    return description;
  }
}
