/** The built-in rules (one sub-package per service) and the baseline pack listing them. */
package dev.groundwork.policy.rules;
