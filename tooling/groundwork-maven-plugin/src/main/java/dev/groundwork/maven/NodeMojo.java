package dev.groundwork.maven;

import dev.groundwork.maven.node.ProvidedNode;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Provides the Node.js that AWS CDK runs in to the rest of the build: the machine's when it is 22 or
 * newer, else Node.js 24 LTS from the npm registry, installed once per machine. It sets the
 * project property {@code groundwork.node} to the binary's path, which the {@code synth} goal reads
 * and the test configuration passes to the test JVMs as {@code JSII_NODE}.
 *
 * <p>A {@code pom} project has no code to run, so the goal does nothing there (the parent POM that
 * binds it included).
 */
@Mojo(name = "node", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class NodeMojo extends NodeProvidingMojo {
  /** The project property that carries the binary's path: the tests' {@code JSII_NODE} reads it. */
  public static final String NODE_PROPERTY = "groundwork.node";

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  /** Skips the goal; {@code groundwork.node} is then whatever the build sets. */
  @Parameter(property = "groundwork.node.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("groundwork:node skipped");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().debug("groundwork:node: nothing to do in a pom project");
      return;
    }
    ProvidedNode provided = provideNode();
    project.getProperties().setProperty(NODE_PROPERTY, provided.binary().path().toString());
  }
}
