package dev.kijun.model;

/**
 * Credentials the provider assigns (B2-33).
 *
 * @param providerAssigns whether the provider assigns passwords or other credentials
 * @param minimumPasswordLength the shortest password the provider issues or accepts; 0 to 256
 * @param practices the five handling practices
 */
public record Credentials(Boolean providerAssigns, Integer minimumPasswordLength, PasswordPractices practices) {
  public Credentials {
    Bounds.range("minimumPasswordLength", minimumPasswordLength, 0, 256);
  }
}
