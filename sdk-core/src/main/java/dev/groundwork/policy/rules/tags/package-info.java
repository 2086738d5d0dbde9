/** Rules for tags: the required keys on every taggable resource. */
package dev.groundwork.policy.rules.tags;
