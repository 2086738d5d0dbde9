package dev.groundwork.constructs.containers;

import dev.groundwork.core.PlatformContext;
import java.util.List;
import software.amazon.awscdk.services.ecr.CfnRegistryScanningConfiguration;
import software.constructs.Construct;

/**
 * The scanning configuration of the ECR registry of one account and region: every repository,
 * present and future, is scanned for vulnerabilities when an image is pushed. That includes the
 * CDK bootstrap asset repository ({@code cdk-<qualifier>-container-assets-…}), which CDK
 * Pipelines publishes the images built from a directory into, and which no construct of the
 * app defines.
 *
 * <p>Resources: one {@code AWS::ECR::RegistryScanningConfiguration}. A registry has one
 * configuration, so create exactly one per account and region: in each environment whose
 * account receives images (the services stack is a good home) and in the account that holds
 * the release repositories. {@link RegistryScanningProps#scanType()} chooses basic scanning
 * (ECR's own, free, on push) or enhanced scanning (Amazon Inspector, paid per image, which
 * also rescans continuously as new vulnerabilities are published and covers language
 * packages).
 */
public final class RegistryScanning extends Construct {
  private final CfnRegistryScanningConfiguration configuration;

  public RegistryScanning(Construct scope, String id, RegistryScanningProps props) {
    super(scope, id);
    RegistryScanningSettings settings = RegistryScanningDefaults.resolve(props, PlatformContext.of(this));
    this.configuration = CfnRegistryScanningConfiguration.Builder.create(this, "Configuration")
        .scanType(settings.scanType().name())
        .rules(List.of(CfnRegistryScanningConfiguration.ScanningRuleProperty.builder()
            .scanFrequency(settings.scanFrequency())
            .repositoryFilters(List.of(CfnRegistryScanningConfiguration.RepositoryFilterProperty.builder()
                .filter(settings.repositoryFilter())
                .filterType("WILDCARD")
                .build()))
            .build()))
        .build();
  }

  /** The configuration resource, as an escape hatch. */
  public CfnRegistryScanningConfiguration configuration() {
    return configuration;
  }
}
