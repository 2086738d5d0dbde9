/** A stand-in for an organisation's rules jar, loaded by the tests with --rules. */
package dev.groundwork.cli.acme;
