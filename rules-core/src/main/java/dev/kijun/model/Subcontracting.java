package dev.kijun.model;

/**
 * Subcontracting (再委託) and how it is secured (B2-13, B2-14).
 *
 * @param used whether any part of the service is subcontracted
 * @param securityEnsured whether information security against threats from subcontracting is ensured (flow-down of
 *     requirements, oversight)
 * @param disclosure what the city can be told about the subcontractors
 */
public record Subcontracting(Boolean used, Claim securityEnsured, SubcontractorDisclosure disclosure) {}
