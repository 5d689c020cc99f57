package dev.kijun.model;

/**
 * A global (region-less) service the solution uses, such as a CDN or global identity service (B2-03).
 *
 * @param name the service's name
 * @param storesCustomerData whether the city's data is stored or processed by it
 */
public record GlobalService(String name, Boolean storesCustomerData) {}
