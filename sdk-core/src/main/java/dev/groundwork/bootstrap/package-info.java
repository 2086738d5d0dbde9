/**
 * The CloudFormation execution policy each environment's CDK bootstrap should pass instead of
 * AdministratorAccess, derived from the resource types of the synthesized app.
 */
package dev.groundwork.bootstrap;
