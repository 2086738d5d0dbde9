package dev.groundwork.constructs.containers;

/**
 * Every setting of a {@link RegistryScanning}, resolved from its props.
 *
 * @param scanType basic (ECR, free) or enhanced (Amazon Inspector) scanning
 * @param scanFrequency when images are scanned: on push, or continuously as vulnerabilities are published
 * @param repositoryFilter the repositories scanned, as an ECR wildcard filter
 */
record RegistryScanningSettings(RegistryScanningProps.ScanType scanType, String scanFrequency,
    String repositoryFilter) {}
