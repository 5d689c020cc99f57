/** Facts the standard catalog derives from a profile before its rules run, e.g. the country of each stored copy. Public API for rule authors. */
package dev.kijun.catalog.facts;
