/** Kijun: the selection criteria for external services, as rules over a typed service profile. Public API. */
package dev.kijun;
