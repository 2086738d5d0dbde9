package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group of stack templates read together: one stack, one environment's stacks, or every
 * stack of an app. Lookups over a group look across all its stacks, and references are followed
 * across them: a value a stack imports ({@code Fn::ImportValue}) is the resource another stack of
 * the group exports, as CDK writes a reference from one stack to another of the same environment
 * (an output with an {@code Export} in the producer, an import in the consumer).
 */
public final class Templates {
  private final String description;
  private final ImmutableList<StackTemplate> stacks;
  private volatile ImmutableMap<String, Resource> exports;

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
   * The resources the group's stacks export, by export name: each output with a literal {@code
   * Export.Name} whose value is a {@code Ref} or {@code Fn::GetAtt} of a resource of its stack.
   * Built on first use.
   */
  public Map<String, Resource> exports() {
    ImmutableMap<String, Resource> built = exports;
    if (built == null) {
      Map<String, Resource> found = new LinkedHashMap<>();
      for (StackTemplate stack : stacks) {
        stack.outputs().fields().forEachRemaining(output -> {
          JsonNode name = output.getValue().path("Export").path("Name");
          if (name.isTextual()) {
            stack.resolve(output.getValue().path("Value")).ifPresent(r -> found.putIfAbsent(name.textValue(), r));
          }
        });
      }
      built = ImmutableMap.copyOf(found);
      exports = built;
    }
    return built;
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
    return Optional.ofNullable(exports().get(imported.get()));
  }

  /**
   * Every resource referenced anywhere inside {@code value}: {@link Intrinsics#references} in
   * {@code from}'s template, and the resources behind its {@code Fn::ImportValue}s in this group.
   */
  public List<Resource> referencedBy(StackTemplate from, JsonNode value) {
    List<Resource> found = new ArrayList<>();
    Intrinsics.references(value).forEach(id -> from.resource(id).ifPresent(found::add));
    Intrinsics.importNames(value).forEach(name -> Optional.ofNullable(exports().get(name)).ifPresent(found::add));
    return found;
  }

  /** Every resource {@code resource} refers to, in its stack and, through imports, in the group's others. */
  public List<Resource> referencedBy(Resource resource) {
    return referencedBy(resource.stack(), resource.json());
  }

  @Override
  public String toString() {
    return description;
  }
}
