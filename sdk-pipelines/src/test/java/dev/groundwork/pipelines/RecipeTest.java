package dev.groundwork.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.constructs.recipe.ConstructRecipe;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public construct of this module follows the construct recipe of sdk-constructs (see
 * {@link ConstructRecipe}; its own tests show each check catching what it is meant to catch).
 */
class RecipeTest {
  private static final ConstructRecipe RECIPE = ConstructRecipe.ofThisModule();

  @Test
  void everyPublicConstructFollowsTheRecipe() {
    List<String> violations = RECIPE.violations();
    assertThat(violations).as("recipe violations in sdk-pipelines:%n%s", String.join("\n", violations)).isEmpty();
  }

  @Test
  void coversEveryPublicConstructOfTheModule() {
    assertThat(RECIPE.publicConstructs()).extracting(Class::getSimpleName)
        .containsExactly("DeliveryPipeline", "FeatureFlags", "KubernetesDeployer", "MigrationRunner");
  }
}
