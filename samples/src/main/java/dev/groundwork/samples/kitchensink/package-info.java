/**
 * The kitchen sink: every public construct with every option in one app, synthesized in two JVMs
 * and compared byte for byte (KitchenSinkAppTest), so no option lets a per-JVM order reach output.
 */
package dev.groundwork.samples.kitchensink;
