/**
 * What synthesis writes beside the cloud assembly besides the policy reports: the cost estimate,
 * the architecture diagrams and the one self-contained HTML report that shows them all.
 */
package dev.groundwork.report;
