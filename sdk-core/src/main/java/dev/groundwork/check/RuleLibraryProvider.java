package dev.groundwork.check;

import dev.groundwork.policy.RuleLibrary;

/**
 * How an organisation's own rules reach {@code groundwork check}: a public class with a public
 * no-argument constructor, in a jar on the check's class path, named with {@code --rules
 * <class>} (the Maven goal's {@code rules}). Named explicitly, never discovered, so a jar on the
 * class path changes nothing until it is asked for.
 *
 * <p>Its library's rules become known to the engine and its default packs are turned on beside
 * the baseline pack (unless {@code --pack} picks packs by name).
 *
 * <pre>{@code
 * public final class AcmeRules implements RuleLibraryProvider {
 *   public RuleLibrary library() {
 *     Rule naming = new AcmeBucketNaming();
 *     return RuleLibrary.of(List.of(naming), RulePack.builder("acme").add(naming).build());
 *   }
 * }
 * }</pre>
 */
public interface RuleLibraryProvider {

  /** The rules and the packs to turn on. */
  RuleLibrary library();
}
