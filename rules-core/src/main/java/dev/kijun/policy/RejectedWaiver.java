package dev.kijun.policy;

import java.util.List;

/**
 * A waiver entry that could not be read. It is never applied; reports of the profiles it names say so.
 *
 * @param pointer where it is in the waiver file, e.g. {@code /waivers/2}
 * @param approvalNumber its approval number, if readable
 * @param profiles the profiles it names, if readable (empty when unknown: then every report mentions it)
 * @param problem what is wrong with it
 */
public record RejectedWaiver(String pointer, String approvalNumber, List<String> profiles, String problem) {
  public RejectedWaiver {
    profiles = List.copyOf(profiles);
  }

  /** Whether a report of this profile should mention the rejection. */
  public boolean concerns(String profileId) {
    return profiles.isEmpty() || profiles.contains(profileId);
  }
}
