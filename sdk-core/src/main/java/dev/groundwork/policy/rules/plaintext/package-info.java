/** Rules for values written into templates in clear: secrets, addresses and URLs. */
package dev.groundwork.policy.rules.plaintext;
