package dev.kijun.model;

import java.util.Set;

/**
 * Deletion of the city's data at the end of use (B2-43).
 *
 * @param deletableAtEndOfUse all information handled by the service can be deleted from the platform
 * @param includesCopies deletion also covers backups and other copies
 * @param methods how the data is deleted
 */
public record DataDeletion(Claim deletableAtEndOfUse, Claim includesCopies, Set<DeletionMethod> methods) {
  public DataDeletion {
    methods = methods == null ? null : Set.copyOf(methods);
  }
}
