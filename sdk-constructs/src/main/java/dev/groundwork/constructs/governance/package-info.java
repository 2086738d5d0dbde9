/**
 * Governance: the audit baseline of an account ({@link dev.groundwork.constructs.governance.AccountBaseline})
 * and its organisation-wide deployment through a StackSet ({@link dev.groundwork.constructs.governance.OrganizationBaseline}).
 */
package dev.groundwork.constructs.governance;
