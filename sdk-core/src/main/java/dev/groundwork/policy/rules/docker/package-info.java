/**
 * Rules over the Dockerfiles of images built from a directory (CDK Docker image assets): they
 * check each task definition container whose image is such an asset, before anything is built.
 */
package dev.groundwork.policy.rules.docker;
