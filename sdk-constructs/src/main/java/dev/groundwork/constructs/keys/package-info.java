/**
 * Customer managed KMS keys, shared per stack and purpose ({@code EncryptionKey.forPurpose}): the
 * bottom of the constructs, used by every construct that encrypts, depending on none of them.
 */
package dev.groundwork.constructs.keys;
