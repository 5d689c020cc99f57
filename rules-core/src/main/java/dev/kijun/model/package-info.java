/**
 * The service profile: what a vendor declares about one external service, as immutable records. Public API.
 *
 * <p>Every fact is optional. An absent fact means <em>unknown</em>, never a default that passes: rules judge a
 * missing fact as UNDETERMINED and name it.
 */
package dev.kijun.model;
