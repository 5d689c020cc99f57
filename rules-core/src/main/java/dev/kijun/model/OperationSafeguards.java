package dev.kijun.model;

/**
 * Safeguards against operator error in operations that affect the service: creating, changing or deleting virtual
 * devices, ending the service, backup and restore (B2-19).
 *
 * @param documentedProcedures written procedures (手順書) for these operations
 * @param operationAlerts alerts that make an erroneous operation noticeable
 * @param deletionProtection technical protection such as confirmation or deletion locks
 */
public record OperationSafeguards(Claim documentedProcedures, Claim operationAlerts, Claim deletionProtection) {}
