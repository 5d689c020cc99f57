package dev.kijun.model;

import java.util.Set;

/**
 * Connection control: whether connections can be limited to specific terminals (B2-16).
 *
 * @param terminalRestriction whether the service can restrict which terminals may connect
 * @param methods how it restricts them
 */
public record ConnectionControl(Claim terminalRestriction, Set<ConnectionMethod> methods) {
  public ConnectionControl {
    methods = methods == null ? null : Set.copyOf(methods);
  }
}
