package dev.kijun.model;

import java.util.List;
import java.util.Set;

/**
 * Where every copy of the data is kept (B2-02).
 *
 * @param locations every place a copy is kept: primary, backups, disaster recovery, logs and replicas
 * @param kindsNotUsed kinds of copy the service does not make at all (e.g. no disaster-recovery site), so that a
 *     missing location for them is not unknown
 */
public record DataResidency(List<StorageLocation> locations, Set<StorageKind> kindsNotUsed) {
  public DataResidency {
    locations = locations == null ? List.of() : List.copyOf(locations);
    kindsNotUsed = kindsNotUsed == null ? Set.of() : Set.copyOf(kindsNotUsed);
  }
}
