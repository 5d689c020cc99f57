/** Internal: the Drools adapter. Nothing here is public API; no type of it appears in a public signature. */
package dev.kijun.engine.drools;
