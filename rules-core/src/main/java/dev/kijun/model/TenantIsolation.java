package dev.kijun.model;

/**
 * Separation from other tenants (B2-39).
 *
 * @param infrastructureNetworkSeparated the provider's network infrastructure separates this tenant's traffic
 * @param vmNetworkSeparated the virtual machines' network is separated from other tenants' networks
 * @param saasTenantIsolation for SaaS: controls reliably stop other tenants from reaching the city's data
 */
public record TenantIsolation(Claim infrastructureNetworkSeparated, Claim vmNetworkSeparated,
    Claim saasTenantIsolation) {}
