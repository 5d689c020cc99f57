package dev.kijun.model;

/**
 * Validation of the cryptographic module that holds the keys (B2-38).
 *
 * @param standard the validation programme
 * @param level the security level, 1 to 4
 * @param certificate the certificate number, e.g. CMVP #4884
 */
public record ModuleValidation(ModuleStandard standard, Integer level, String certificate) {
  public ModuleValidation {
    Bounds.range("level", level, 1, 4);
  }
}
