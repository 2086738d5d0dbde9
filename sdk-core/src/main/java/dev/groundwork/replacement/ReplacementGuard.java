package dev.groundwork.replacement;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import dev.groundwork.policy.AssemblyCheck;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The replacement guard as a check of the policy engine: compares the new assembly with a
 * {@link PreviousAssembly} ({@link AssemblyDiff}) and turns what would lose data into findings
 * of the same report.
 *
 * <ul>
 *   <li>a stateful resource replaced: {@code GW_REPLACE_STATEFUL_REPLACED} (ERROR), or {@code
 *       GW_REPLACE_STATEFUL_MAY_BE_REPLACED} (ERROR) when the replacement is conditional;
 *   <li>a stateful resource removed without DeletionPolicy Retain: {@code
 *       GW_REPLACE_STATEFUL_REMOVED} (ERROR);
 *   <li>any resource removed with DeletionPolicy Retain: {@code GW_REPLACE_RETAINED_ORPHANED}
 *       (WARNING);
 *   <li>a stateless resource replaced (certainly or conditionally): {@code
 *       GW_REPLACE_STATELESS_REPLACED} (INFO);
 *   <li>a stateful resource moved to a new logical id or another stack: {@code
 *       GW_REPLACE_STATEFUL_MOVED} (ERROR), with the declaration that keeps its logical id, or
 *       the stack-refactor mapping; several moved at once that cannot be told apart: {@code
 *       GW_REPLACE_STATEFUL_MOVE_AMBIGUOUS} (ERROR), with the candidates;
 *   <li>a move declaration that matches nothing: {@code GW_REPLACE_MOVE_UNUSED} (WARNING).
 * </ul>
 */
public final class ReplacementGuard implements AssemblyCheck {
  private static final Set<String> RETAINED = ImmutableSet.of("Retain", "RetainExceptOnCreate");

  private final PreviousAssembly previous;
  private final ReplacementSpec spec;

  private ReplacementGuard(PreviousAssembly previous, ReplacementSpec spec) {
    this.previous = previous;
    this.spec = spec;
  }

  /** A guard against {@code previous}, with the bundled replacement spec. */
  public static ReplacementGuard against(PreviousAssembly previous) {
    return new ReplacementGuard(previous, ReplacementSpec.bundled());
  }

  /** The assembly compared with. */
  public PreviousAssembly previous() {
    return previous;
  }

  @Override
  public List<RuleInfo> rules() {
    return ReplacementRules.all();
  }

  /** What deploying {@code stacks} over the previous assembly does. */
  public AssemblyDiff diff(List<StackTemplate> stacks) {
    return AssemblyDiff.between(previous.stacks(), stacks, spec);
  }

  @Override
  public List<Finding> check(List<StackTemplate> stacks) {
    return findings(diff(stacks));
  }

  /**
   * The guard as a check that reports {@code diff}, computed once by the caller for the stacks
   * the engine evaluates (so the change summary and the findings come from one comparison).
   */
  public AssemblyCheck checkOf(AssemblyDiff diff) {
    return new AssemblyCheck() {
      @Override
      public List<RuleInfo> rules() {
        return ReplacementGuard.this.rules();
      }

      @Override
      public List<Finding> check(List<StackTemplate> stacks) {
        return findings(diff);
      }
    };
  }

  /** The findings on {@code diff}: what would lose data or orphan it, and move declarations that match nothing. */
  public List<Finding> findings(AssemblyDiff diff) {
    List<Finding> findings = new ArrayList<>();
    for (ResourceChange change : diff.changes()) {
      finding(change).ifPresent(findings::add);
    }
    for (StackTemplate stack : diff.currentStacks()) {
      Optional<StackTemplate> before = diff.previousStacks().stream()
          .filter(s -> s.stackName().equals(stack.stackName())).findFirst();
      findings.addAll(MoveFindings.unusedDeclarations(stack, before));
    }
    return findings;
  }

  private Optional<Finding> finding(ResourceChange change) {
    boolean stateful = StatefulTypes.contains(change.type());
    return switch (change.kind()) {
      case REPLACED -> Optional.of(stateful
          ? finding(change.certain() ? ReplacementRules.STATEFUL_REPLACED : ReplacementRules.STATEFUL_MAY_BE_REPLACED,
              change, replacedMessage(change, true))
          : finding(ReplacementRules.STATELESS_REPLACED, change, replacedMessage(change, false)));
      case MOVED -> Optional.of(MoveFindings.moved(change, fateOfOld(change)));
      case ADDED -> stateful && change.ambiguous() ? Optional.of(MoveFindings.ambiguous(change)) : Optional.empty();
      case REMOVED -> {
        if (change.ambiguous()) {
          yield Optional.empty(); // named as a candidate by the finding on each new resource it may be
        }
        Resource old = change.previous().orElseThrow();
        Optional<String> policy = old.deletionPolicy();
        if (policy.filter(RETAINED::contains).isPresent()) {
          yield Optional.of(finding(ReplacementRules.RETAINED_ORPHANED, change, change.type() + " '"
              + old.logicalId() + "' leaves the template with DeletionPolicy " + policy.get()
              + ": it will be orphaned (kept, with its data and cost, but no longer managed by the stack)"));
        }
        if (!stateful) {
          yield Optional.empty();
        }
        String fate = policy.map(p -> p.equals("Snapshot") ? "deleted after a final snapshot" : "deleted")
            .orElse(old.type().startsWith("AWS::RDS::") ? "deleted after a final snapshot (CloudFormation default)"
                : "deleted (no DeletionPolicy)");
        yield Optional.of(finding(ReplacementRules.STATEFUL_REMOVED, change, change.type() + " '"
            + old.logicalId() + "' leaves the template and will be " + fate + " with its data"));
      }
      case MODIFIED_IN_PLACE, UNCHANGED -> Optional.empty();
    };
  }

  private static String replacedMessage(ResourceChange change, boolean stateful) {
    Resource now = change.current().orElseThrow();
    Resource before = change.previous().orElseThrow();
    String what = change.type() + " '" + now.logicalId() + "'";
    String why;
    if (change.logicalIdChanged()) {
      boolean samePath = before.constructPath().equals(now.constructPath());
      why = samePath
          ? "its logical id changed from '" + before.logicalId() + "'"
          : "it appears where '" + before.logicalId() + "'" + before.constructPath().map(p -> " at '" + p + "'").orElse("")
              + " was removed (a renamed or moved construct gets a new logical id)";
    } else {
      why = String.join(", ", change.causes()) + " changed";
    }
    String verb = change.certain() ? "will be replaced" : "may be replaced";
    String fate = !stateful ? ": it gets a new physical id"
        : ": the new one starts empty and the old one is " + fateOfOld(change);
    return what + " " + verb + " because " + why + fate;
  }

  /**
   * A logical id change or a move to another stack removes the old resource from its template
   * (DeletionPolicy decides); else UpdateReplacePolicy decides.
   */
  private static String fateOfOld(ResourceChange change) {
    Resource before = change.previous().orElseThrow();
    boolean leavesTemplate = change.logicalIdChanged() || change.stackChanged();
    Optional<String> policy = leavesTemplate ? before.deletionPolicy() : before.updateReplacePolicy();
    String attribute = leavesTemplate ? "DeletionPolicy" : "UpdateReplacePolicy";
    return policy.filter(RETAINED::contains).map(p -> "orphaned with the data (" + attribute + " " + p + ")")
        .or(() -> policy.filter("Snapshot"::equals).map(p -> "deleted after a final snapshot (" + attribute + " Snapshot)"))
        .orElse("deleted with its data");
  }

  private static Finding finding(RuleInfo rule, ResourceChange change, String message) {
    StackTemplate stack = change.stack();
    Resource resource = change.resource();
    String path = resource.constructPath().orElse(stack.stackName() + "/" + resource.logicalId());
    String property = "";
    if (change.kind() == ChangeKind.REPLACED && !change.logicalIdChanged() && !change.causes().isEmpty()) {
      String first = change.causes().get(0).split(" ")[0];
      property = first.equals("Type") ? "Type" : "Properties." + first;
    }
    return new Finding(rule, rule.severity(), stack.environmentName(), stack.stackName(), stack.templateFile(),
        resource.logicalId(), path, property, message);
  }
}
