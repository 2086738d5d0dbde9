/**
 * What a synthesis depended on, hashed: the synth goal's fingerprint of its inputs, the record it
 * writes into the assembly, and the check that lets a build skip a synthesis whose inputs are unchanged.
 */
package dev.groundwork.assembly.inputs;
