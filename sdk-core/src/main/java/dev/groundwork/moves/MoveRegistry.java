package dev.groundwork.moves;

import dev.groundwork.assembly.MoveMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.AspectOptions;
import software.amazon.awscdk.AspectPriority;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The move declarations of one stack: a child construct of the stack (one per stack, found by
 * its id) that records them in the template's metadata at synthesis, after the pin aspects ran.
 */
final class MoveRegistry extends Construct {
  private static final String ID = "GroundworkMoves";

  private final Stack stack;
  private final String stackPath;
  private final List<Declared> declarations = new ArrayList<>();
  /** Which declaration pinned each element so far, so the innermost one wins whatever the visit order. */
  private final Map<CfnElement, Declared> pinnedBy = new LinkedHashMap<>();

  /** One declaration and, once synthesis has pinned them, its elements' logical ids by path. */
  record Declared(String from, String to, Optional<IConstruct> target, Map<String, String> pins) {}

  private MoveRegistry(Stack stack) {
    super(stack, ID);
    this.stack = stack;
    this.stackPath = stack.getNode().getPath();
    stack.addMetadata(MoveMetadata.KEY, Lazy.any(() -> MoveMetadata.entries(declarations.stream()
        .map(d -> new MoveMetadata.Declaration(d.from(), d.to(), d.pins())).toList())));
  }

  /** The registry of {@code stack}, created on first use. */
  static MoveRegistry of(Stack stack) {
    IConstruct existing = stack.getNode().tryFindChild(ID);
    return existing instanceof MoveRegistry registry ? registry : new MoveRegistry(stack);
  }

  /** An earlier declaration of the construct at {@code to}. */
  Optional<Declared> declaredTo(String to) {
    return declarations.stream().filter(d -> d.to().equals(to)).findFirst();
  }

  /** Records a declaration and, if its construct exists, pins the elements under it at synthesis. */
  void add(String from, String to, Optional<IConstruct> target) {
    Declared declared = new Declared(from, to, target, new LinkedHashMap<>());
    declarations.add(declared);
    target.ifPresent(construct -> Aspects.of(construct).add(new PinAspect(this, declared),
        AspectOptions.builder().priority(AspectPriority.MUTATING).build()));
  }

  Stack stack() {
    return stack;
  }

  /** The path of {@code element} relative to the stack. */
  String pathInStack(CfnElement element) {
    return element.getNode().getPath().substring(stackPath.length() + 1);
  }

  /**
   * Whether {@code declared} is the innermost declaration whose construct holds the element at
   * {@code path}.
   */
  boolean innermost(Declared declared, String path) {
    return declarations.stream()
        .filter(d -> d.target().isPresent() && (path + "/").startsWith(d.to() + "/"))
        .allMatch(d -> d.to().length() <= declared.to().length());
  }

  /** The logical id a declaration of this stack pinned {@code element} to, if any did. */
  Optional<String> pinOf(CfnElement element) {
    Declared by = pinnedBy.get(element);
    return by == null ? Optional.empty() : Optional.ofNullable(by.pins().get(pathInStack(element)));
  }

  /** Records that {@code declared} pinned the element at {@code path} to {@code logicalId}. */
  void pinned(Declared declared, CfnElement element, String path, String logicalId) {
    Declared before = pinnedBy.put(element, declared);
    if (before != null && before != declared) {
      before.pins().remove(path);
    }
    declared.pins().put(path, logicalId);
  }
}
