package dev.kijun.model;

/**
 * What happens at the end of use (B2-43, B2-44, B2-46, B2-47).
 *
 * @param dataDeletion deletion of the city's data
 * @param deviceDisposal disposal of the provider's equipment
 * @param disposalReport whether a report of the disposal is submitted at the end of use
 * @param specialAccounts accounts other than the users' own
 */
public record Disposal(DataDeletion dataDeletion, DeviceDisposal deviceDisposal, Claim disposalReport,
    SpecialAccounts specialAccounts) {}
