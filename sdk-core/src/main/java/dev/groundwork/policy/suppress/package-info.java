/** Suppressions: silencing a rule on one construct's subtree, with a reason and an optional expiry. */
package dev.groundwork.policy.suppress;
