package dev.groundwork.replacement;

import dev.groundwork.assembly.MoveMetadata;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The guard's findings about moves: a stateful resource moved without its logical id kept
 * ({@code GW_REPLACE_STATEFUL_MOVED}, with the declaration to paste or the refactor mapping to
 * use), several moved at once that cannot be told apart ({@code
 * GW_REPLACE_STATEFUL_MOVE_AMBIGUOUS}, with the candidates), and move declarations that match
 * nothing ({@code GW_REPLACE_MOVE_UNUSED}).
 */
final class MoveFindings {
  /** How many candidates an ambiguity finding names (a big group would make every message huge). */
  private static final int LISTED = 5;

  private MoveFindings() {}

  /** The finding on a stateful resource that moved ({@link ChangeKind#MOVED}). */
  static Finding moved(ResourceChange change, String fateOfOld) {
    Resource now = change.current().orElseThrow();
    Resource before = change.previous().orElseThrow();
    String what = change.type() + " '" + now.logicalId() + "'";
    String was = "is the resource that was '" + before.logicalId() + "'" + at(before)
        + (change.stackChanged() ? " in " + before.stack().describe() : "") + " (" + sameIdentity(now) + ")";
    String consequence = ": deployed like this, CloudFormation creates a new, empty one and the old one is " + fateOfOld;
    String fix = change.stackChanged()
        ? ". A logical id cannot keep a resource across stacks: move it with CloudFormation's stack "
            + "refactoring before deploying, with the mapping written beside the assembly: cdk refactor "
            + "--unstable=refactor --override-file " + RefactorMappings.FILE + " (or aws cloudformation "
            + "create-stack-refactor --resource-mappings file://" + RefactorMappings.fileFor(change.stack().environmentName())
            + ")"
        : ". " + MoveProposal.fix(before, now);
    return finding(ReplacementRules.STATEFUL_MOVED, change.stack(), now, what + " " + was + ", moved"
        + consequence + fix);
  }

  /** The finding on a new stateful resource that may be any of several that left. */
  static Finding ambiguous(ResourceChange change) {
    Resource now = change.current().orElseThrow();
    List<Resource> candidates = change.candidates();
    List<Resource> shown = candidates.subList(0, Math.min(candidates.size(), LISTED));
    String listed = shown.stream().map(c -> "'" + c.logicalId() + "'" + at(c)
        + (c.stack().stackName().equals(now.stack().stackName()) ? "" : " in " + c.stack().describe()))
        .collect(Collectors.joining(", "))
        + (candidates.size() > LISTED ? " and " + (candidates.size() - LISTED) + " more (" + ChangeJson.FILE
            + " lists them)" : "");
    List<String> lines = new ArrayList<>();
    for (Resource candidate : shown) {
      if (candidate.stack().stackName().equals(now.stack().stackName())) {
        MoveProposal.of(candidate, now).ifPresent(d -> lines.add(d.code()));
      }
    }
    String fix = lines.isEmpty()
        ? "Give the resources distinct names, or move them one at a time."
        : "Declare which one it is in code, one declaration per construct: " + String.join(" or ", lines);
    return finding(ReplacementRules.STATEFUL_MOVE_AMBIGUOUS, change.stack(), now, change.type() + " '"
        + now.logicalId() + "' may be any of " + candidates.size() + " resources that left with the "
        + sameIdentity(now) + ": " + listed + ". Which one cannot be "
        + "told from the templates; deployed like this, it starts empty and the old ones are deleted or "
        + "orphaned. " + fix);
  }

  /**
   * The findings on the move declarations of {@code stack}: one that pinned nothing (its
   * construct was not there), or, when {@code previous} (the stack's previous version) exists,
   * one none of whose pinned logical ids it has.
   */
  static List<Finding> unusedDeclarations(StackTemplate stack, Optional<StackTemplate> previous) {
    List<Finding> findings = new ArrayList<>();
    List<MoveMetadata.Declaration> declarations = MoveMetadata.declarations(stack);
    for (int i = 0; i < declarations.size(); i++) {
      MoveMetadata.Declaration declaration = declarations.get(i);
      String message;
      if (declaration.pins().isEmpty()) {
        message = declaration.code() + " in " + stack.describe() + " matches nothing: there was no construct "
            + "at '" + declaration.to() + "' with CloudFormation resources under it when it was declared. "
            + "Remove it, or declare it after creating the construct";
      } else if (previous.isPresent()
          && declaration.pins().values().stream().noneMatch(id -> previous.get().resource(id).isPresent())) {
        message = declaration.code() + " in " + stack.describe() + " matches nothing: the previous version of "
            + "the stack has none of the logical ids it keeps (" + String.join(", ", declaration.pins().values())
            + "), so nothing was at '" + declaration.from() + "'. Correct the old path or remove the declaration";
      } else {
        continue;
      }
      String stackPath = MoveProposal.stackPath(stack).orElse(stack.stackName());
      findings.add(new Finding(ReplacementRules.MOVE_UNUSED, ReplacementRules.MOVE_UNUSED.severity(),
          stack.environmentName(), stack.stackName(), stack.templateFile(), MoveMetadata.KEY,
          stackPath + "/" + declaration.to(), "Metadata." + MoveMetadata.KEY + "[" + i + "]", message));
    }
    return findings;
  }

  private static String sameIdentity(Resource resource) {
    List<String> properties = StatefulTypes.identifyingProperties(resource.type());
    return "same type and " + String.join(", ", properties);
  }

  private static String at(Resource resource) {
    return resource.constructPath().map(p -> " at '" + p + "'").orElse("");
  }

  private static Finding finding(RuleInfo rule, StackTemplate stack, Resource resource, String message) {
    return new Finding(rule, rule.severity(), stack.environmentName(), stack.stackName(), stack.templateFile(),
        resource.logicalId(), resource.constructPath().orElse(stack.stackName() + "/" + resource.logicalId()), "",
        message);
  }
}
