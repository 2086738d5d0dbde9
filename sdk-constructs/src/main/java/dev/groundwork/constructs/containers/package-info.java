/**
 * The container supply chain: private ECR repositories for release images and the registry's
 * scan-on-push configuration (images built from a directory are checked by the policy engine's
 * {@code GW_DOCKER_*} rules).
 */
package dev.groundwork.constructs.containers;
