package dev.kijun.model;

import java.util.List;

/**
 * Accounts other than the users' own, such as storage accounts (B2-47).
 *
 * @param exist whether the service has such accounts
 * @param kinds what they are, e.g. "storage account", "service principal"
 * @param disposableWithCredentials they can be disposed of together with their credentials and related information
 */
public record SpecialAccounts(Boolean exist, List<String> kinds, Claim disposableWithCredentials) {
  public SpecialAccounts {
    kinds = kinds == null ? null : List.copyOf(kinds);
  }
}
