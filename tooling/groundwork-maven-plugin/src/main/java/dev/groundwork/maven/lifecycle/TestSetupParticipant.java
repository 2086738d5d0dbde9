package dev.groundwork.maven.lifecycle;

import java.util.Optional;
import java.util.Properties;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.MavenExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Gives the tests of every project that declares groundwork-maven-plugin (with {@code
 * <extensions>true</extensions>}) the configuration {@code groundwork-app-parent} writes for its
 * children: projects that already have a parent get it from the plugin declaration alone.
 *
 * <p>It runs after Maven has read the projects and before it plans their builds, the one moment a
 * plugin can add configuration to another plugin (registered in {@code META-INF/plexus/components.xml}).
 */
public final class TestSetupParticipant extends AbstractMavenLifecycleParticipant {

  @Override
  public void afterProjectsRead(MavenSession session) throws MavenExecutionException {
    Properties userProperties = session.getUserProperties();
    for (MavenProject project : session.getProjects()) {
      if (!SurefireSetup.declaresGroundwork(project.getModel())) {
        continue;
      }
      Optional<String> problem = SurefireSetup.apply(project.getModel(), userProperties);
      if (problem.isPresent()) {
        throw new MavenExecutionException(problem.get(), project.getFile());
      }
    }
  }
}
