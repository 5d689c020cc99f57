/**
 * The CRYPTREC lists as data (B2-22, B2-38): {@link dev.kijun.catalog.crypto.CryptrecList} loads the cipher list,
 * its conditions, the strength equivalences and the strength-by-period table; {@link
 * dev.kijun.catalog.crypto.AlgorithmNames} reads the many ways vendors write algorithms and cipher suites. Public API.
 */
package dev.kijun.catalog.crypto;
