/** The policy engine: rules, packs, findings and the engine that evaluates synthesized templates. */
package dev.groundwork.policy;
