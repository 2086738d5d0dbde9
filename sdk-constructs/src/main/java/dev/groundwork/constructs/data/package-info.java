/**
 * Stateful data constructs: buckets, keys, secrets, databases. All encrypted with customer
 * managed keys and retained when their stack is deleted unless the user explicitly opts out.
 */
package dev.groundwork.constructs.data;
