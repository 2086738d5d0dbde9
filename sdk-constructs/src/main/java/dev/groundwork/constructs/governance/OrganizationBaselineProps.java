package dev.groundwork.constructs.governance;

import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Tier;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** Input of {@link OrganizationBaseline}: where the account baseline goes and how fast. */
@Value.Immutable
@GroundworkStyle
public interface OrganizationBaselineProps {
  /** An AWS Organizations organizational unit id, e.g. {@code ou-ab12-cd34ef56}. */
  Pattern OU_ID = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");
  /** CloudFormation's stack set names. */
  Pattern STACK_SET_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");

  /** The organizational units whose accounts (present and future) get the baseline. Required, at least one. */
  List<String> organizationalUnitIds();

  /**
   * Only these accounts of the units get the baseline (CloudFormation's INTERSECTION filter).
   * Default: every account of the units.
   */
  List<String> accountIds();

  /** The regions of each account, deployed in this order. Required, at least one. */
  List<String> regions();

  /**
   * The region holding each account's multi-region trail and Config's global resources. Default:
   * the first of {@link #regions()}.
   */
  Optional<String> accountWideRegion();

  /**
   * Accounts per region that may fail before CloudFormation stops the operation in that region
   * (FailureToleranceCount). Default: 0.
   */
  @Value.Default
  default int failureToleranceCount() {
    return 0;
  }

  /** Accounts deployed at once per region (MaxConcurrentCount); at most one more than the failure tolerance. Default: 1. */
  @Value.Default
  default int maxConcurrentCount() {
    return 1;
  }

  /** Deploy the regions in parallel instead of one after another. Default: one after another. */
  @Value.Default
  default boolean parallelRegions() {
    return false;
  }

  /**
   * The tier whose defaults the accounts' baselines take (Object Lock, log retention, retention
   * of every resource). Default: PROD.
   */
  Optional<Tier> tier();

  /** Who hears each account's own alert topic. Default: nobody. */
  List<Subscriber> subscribers();

  /** Whether each account's baseline creates a GuardDuty detector; see {@link AccountBaselineProps#guardDutyDetector()}. Default: on. */
  @Value.Default
  default boolean guardDutyDetector() {
    return true;
  }

  /**
   * Whether the stack set is created from a delegated administrator account of the organisation
   * (CallAs DELEGATED_ADMIN) rather than the management account (SELF). Default: the management account.
   */
  @Value.Default
  default boolean delegatedAdministrator() {
    return false;
  }

  /** The stack set's name. Default: {@code <app>-account-baseline}. */
  Optional<String> stackSetName();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("OrganizationBaselineProps");
    if (organizationalUnitIds().isEmpty()) {
      problems.add("STACKSET_NO_TARGETS", "organizationalUnitIds", "none", "at least one organizational unit id",
          "Add the OU whose accounts get the baseline, e.g. organizationalUnitIds(\"ou-ab12-cd34ef56\").");
    }
    organizationalUnitIds().stream().filter(ou -> !OU_ID.matcher(ou).matches()).forEach(ou ->
        problems.add("STACKSET_OU_ID_FORMAT", "organizationalUnitIds", "'" + ou + "'", "ou-<root part>-<unit part> (" + OU_ID + ")",
            "Copy the id from AWS Organizations, e.g. ou-ab12-cd34ef56."));
    accountIds().forEach(account -> CoreIdentifiers.checkAccount("accountIds", account, problems));
    if (regions().isEmpty()) {
      problems.add("STACKSET_NO_REGIONS", "regions", "none", "at least one region",
          "Add the regions each account gets the baseline in, e.g. regions(\"eu-west-1\").");
    }
    regions().forEach(region -> CoreIdentifiers.checkRegion("regions", region, problems));
    accountWideRegion().filter(region -> !regions().contains(region)).ifPresent(region ->
        problems.add("STACKSET_ACCOUNT_WIDE_REGION", "accountWideRegion", "'" + region + "'", "one of " + regions(),
            "Name one of the regions, or leave it unset for the first."));
    checkConcurrency(problems);
    stackSetName().filter(name -> !STACK_SET_NAME.matcher(name).matches()).ifPresent(name ->
        problems.add("STACKSET_NAME", "stackSetName", "'" + name + "'", "a letter, then letters, digits or '-' (128 at most)",
            "Use a name such as orders-account-baseline, or leave it unset."));
    problems.throwIfAny();
  }

  private void checkConcurrency(Problems problems) {
    if (failureToleranceCount() < 0) {
      problems.add("STACKSET_FAILURE_TOLERANCE", "failureToleranceCount", failureToleranceCount(), "0 or more",
          "Leave it unset to stop at the first failure.");
    } else if (!accountIds().isEmpty() && failureToleranceCount() >= accountIds().size()) {
      problems.add("STACKSET_FAILURE_TOLERANCE", "failureToleranceCount", failureToleranceCount(),
          "fewer than the " + accountIds().size() + " target accounts",
          "Lower it: a tolerance of every target account lets a release fail everywhere and still run on.");
    }
    if (failureToleranceCount() >= 0 && (maxConcurrentCount() < 1 || maxConcurrentCount() > failureToleranceCount() + 1)) {
      problems.add("STACKSET_MAX_CONCURRENT", "maxConcurrentCount", maxConcurrentCount(),
          "1 to failureToleranceCount + 1 (" + (failureToleranceCount() + 1) + "), as CloudFormation requires",
          "Raise failureToleranceCount with it, or leave it unset.");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrganizationBaselineProps}. */
  final class Builder extends ImmutableOrganizationBaselineProps.Builder {}
}
