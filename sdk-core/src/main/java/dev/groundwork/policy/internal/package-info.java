/** Non-API parts of the policy engine: suppression bookkeeping and the CDK aspect. */
package dev.groundwork.policy.internal;
