package dev.kijun.model;

/**
 * Security of the virtual machines the service runs on (B2-20).
 *
 * @param minimalPortsProtocolsServices only the needed ports, protocols and services are enabled
 * @param antiMalware anti-malware measures are in place
 * @param logging logs are collected
 * @param responsibleParty who does this; for SaaS it must be the provider
 */
public record Hardening(Claim minimalPortsProtocolsServices, Claim antiMalware, Claim logging,
    Party responsibleParty) {}
