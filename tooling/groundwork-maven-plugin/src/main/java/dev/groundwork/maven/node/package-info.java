/**
 * Node.js for AWS CDK without a manual install: the machine's when it is a maintained LTS, else the
 * platform's Node.js package from the npm registry, integrity-checked and cached once per machine.
 */
package dev.groundwork.maven.node;
