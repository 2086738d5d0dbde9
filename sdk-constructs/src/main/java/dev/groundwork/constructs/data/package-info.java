/**
 * Stateful data constructs: buckets, secrets, databases, backups. All encrypted with customer
 * managed keys (package {@code keys}) and retained when their stack is deleted unless the user
 * explicitly opts out.
 */
package dev.groundwork.constructs.data;
