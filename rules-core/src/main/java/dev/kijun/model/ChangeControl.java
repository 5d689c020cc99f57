package dev.kijun.model;

/**
 * The quality-assurance regime that prevents changes the city did not intend (B2-09).
 *
 * @param qualityAssuranceProcess whether development and operation follow a consistent QA and change-management
 *     process
 * @param privateSettingsStayPrivate whether non-public settings are never made public without notice
 * @param noSilentDataModification whether stored data is never rewritten unintentionally
 */
public record ChangeControl(Claim qualityAssuranceProcess, Claim privateSettingsStayPrivate,
    Claim noSilentDataModification) {}
