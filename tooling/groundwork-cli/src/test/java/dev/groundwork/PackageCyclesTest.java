package dev.groundwork;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * This module's packages point one way: vocabulary at the bottom, orchestration on top, and an
 * {@code internal} package never reaches back into its public neighbour. Every package is its own
 * slice, so a cycle of any length between any two packages fails the build, with the classes and
 * the dependencies that form it. docs/architecture.md draws the resulting graph.
 */
class PackageCyclesTest {

  @Test
  void packagesFormNoCycle() {
    // This module's compiled main classes only: the modules it depends on check themselves.
    JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
    slices().matching("dev.groundwork.(**)").should().beFreeOfCycles().check(classes);
  }
}
