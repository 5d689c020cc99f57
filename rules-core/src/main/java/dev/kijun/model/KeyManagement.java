package dev.kijun.model;

import java.util.Set;

/**
 * The provider's key-management function, when the city uses it (B2-38).
 *
 * @param providerManaged whether the city uses key management provided by the provider
 * @param lifecycleStagesCovered the stages whose risks the provider's mechanism controls
 * @param moduleValidation the validation of the module that holds the keys
 * @param keyGenerationAlgorithm the algorithm keys are generated with, as the vendor writes it
 * @param keysNonExportable whether plaintext keys can never leave the module
 */
public record KeyManagement(Boolean providerManaged, Set<KeyLifecycleStage> lifecycleStagesCovered,
    ModuleValidation moduleValidation, String keyGenerationAlgorithm, Claim keysNonExportable) {
  public KeyManagement {
    lifecycleStagesCovered = lifecycleStagesCovered == null ? null : Set.copyOf(lifecycleStagesCovered);
  }
}
