/**
 * Encrypted, retained log groups ({@code EncryptedLogGroup}) and the log groups of CDK's
 * custom-resource providers: what every construct that writes logs uses, above the keys only.
 */
package dev.groundwork.constructs.logs;
