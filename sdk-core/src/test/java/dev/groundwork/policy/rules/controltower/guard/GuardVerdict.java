package dev.groundwork.policy.rules.controltower.guard;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Set;

/**
 * What one guard rule said about one template: it passed, failed (on these resources) or did
 * not apply ({@code SKIP}).
 *
 * @param template the data file, as cfn-guard named it
 * @param ruleName the guard rule
 * @param status PASS, FAIL or SKIP
 * @param failingResources logical ids of the resources the failure names; empty unless FAIL
 */
public record GuardVerdict(String template, String ruleName, Status status, Set<String> failingResources) {

  /** cfn-guard's verdict on a template. */
  public enum Status { PASS, FAIL, SKIP }

  public GuardVerdict {
    failingResources = ImmutableSortedSet.copyOf(failingResources);
  }

  /**
   * The verdict naming only {@code resources} among the failing ones: a failure's clauses also
   * traverse the resources a property refers to (a referenced topic, key or bucket), which are
   * not what the control reports on. Some failures name no resource at all (a clause on a
   * filtered query loses its path); when {@code resources} is one resource, it is the one.
   */
  public GuardVerdict restrictedTo(Set<String> resources) {
    Set<String> named = Sets.intersection(failingResources, resources);
    return new GuardVerdict(template, ruleName, status,
        status == Status.FAIL && named.isEmpty() && resources.size() == 1 ? resources : named);
  }

  /** The verdict as compared with the Java rule's, e.g. {@code FAIL [BucketA, BucketB]}. */
  public String summary() {
    return status == Status.FAIL ? status + " " + failingResources : status.name();
  }
}
