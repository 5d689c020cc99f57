package dev.kijun.model;

/**
 * A use of customer data beyond providing the service (B2-07).
 *
 * @param purpose what the data is used for
 * @param description what exactly, in the vendor's words
 * @param excludedByContract whether the contract can exclude this use for the city's data (an opt-out that the
 *     contract binds)
 */
public record SecondaryUse(SecondaryPurpose purpose, String description, Claim excludedByContract) {}
