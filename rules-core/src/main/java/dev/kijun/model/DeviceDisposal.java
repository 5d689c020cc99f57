package dev.kijun.model;

/**
 * Disposal of the provider's equipment (B2-44).
 *
 * @param secureDisposal the provider disposes of its storage and devices securely
 * @param standard the standard followed, e.g. NIST SP 800-88 Rev. 2, IEEE 2883
 */
public record DeviceDisposal(Claim secureDisposal, String standard) {}
