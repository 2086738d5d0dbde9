package dev.groundwork.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import org.eclipse.elk.alg.common.compaction.options.PolyominoOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.labels.LabelManagementOptions;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.xtext.xbase.lib.Functions;
import org.junit.jupiter.api.Test;

/**
 * The diagrams' layout library as groundwork-elk repackages it: unsigned, so no JVM verifies jar
 * signatures before the first diagram, and complete, the files its jars shared a name in merged.
 */
class LayoutLibraryTest {

  @Test
  void loadsEveryLayoutClassFromAnUnsignedJar() {
    for (Class<?> type : List.of(LayeredOptions.class, LayoutMetaDataService.class, ElkNode.class,
        PolyominoOptions.class, CommonPlugin.class, EObject.class, Functions.class)) {
      assertThat(type.getProtectionDomain().getCodeSource().getCertificates())
          .as("signers of %s (a signed ELK, EMF or Xtext jar on the class path?)", type.getName())
          .isNull();
    }
  }

  @Test
  void findsTheLayoutProvidersOfEveryRepackagedArtifact() {
    assertThat(ServiceLoader.load(ILayoutMetaDataProvider.class).stream().map(p -> p.type().getName()))
        .contains(LayeredMetaDataProvider.class.getName(), PolyominoOptions.class.getName(),
            LabelManagementOptions.class.getName());
    assertThat(LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID)).isNotNull();
  }

  @Test
  void readsTheMessagesOfBothEmfPlugins() {
    assertThat(CommonPlugin.INSTANCE.getString("_UI_AbstractCommand_label")).isEqualTo("Do Command");
    assertThat(EcorePlugin.INSTANCE.getString("_UI_EMFDiagnostic_marker")).isEqualTo("EMF Problem");
  }
}
