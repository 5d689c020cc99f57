/** Criteria as data: ids, the original text and its translation, levels, and catalogs of criteria. Public API. */
package dev.kijun.criteria;
