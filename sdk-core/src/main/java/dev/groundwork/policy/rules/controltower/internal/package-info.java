/**
 * What the Control Tower rules share: their metadata shape and the reading of template values
 * the way AWS's cfn-guard rule files read them (literal JSON types, no intrinsic resolution).
 */
package dev.groundwork.policy.rules.controltower.internal;
