package dev.groundwork.constructs.governance;

import java.util.Optional;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Where the account-wide parts of a baseline (the multi-region trail, Config's global resources)
 * exist: here, not here, or, in an environment-agnostic template, where a CloudFormation
 * condition on {@code AWS::Region} holds.
 */
final class AccountWideScope {
  private final boolean here;
  private final Optional<CfnCondition> condition;

  private AccountWideScope(boolean here, Optional<CfnCondition> condition) {
    this.here = here;
    this.condition = condition;
  }

  /** The scope for {@code region} (default: the stack's region) of the stack holding {@code scope}. */
  static AccountWideScope of(Construct scope, Optional<String> region) {
    String stackRegion = Stack.of(scope).getRegion();
    if (region.isEmpty()) {
      return new AccountWideScope(true, Optional.empty());
    }
    if (!Token.isUnresolved(stackRegion)) {
      return new AccountWideScope(stackRegion.equals(region.get()), Optional.empty());
    }
    return new AccountWideScope(true, Optional.of(CfnCondition.Builder.create(scope, "IsAccountWideRegion")
        .expression(Fn.conditionEquals(Stack.of(scope).getRegion(), region.get()))
        .build()));
  }

  /** Whether account-wide parts are made at all. */
  boolean exists() {
    return here;
  }

  /** Makes every CloudFormation resource under {@code construct} conditional, where a condition applies. */
  void limit(IConstruct construct) {
    condition.ifPresent(c -> construct.getNode().findAll().stream()
        .filter(CfnResource.class::isInstance)
        .forEach(r -> ((CfnResource) r).getCfnOptions().setCondition(c)));
  }

  /** {@code true} where account-wide parts exist, as a template value. */
  Object flag() {
    return condition.<Object>map(c -> Fn.conditionIf(c.getLogicalId(), true, false)).orElse(here);
  }
}
