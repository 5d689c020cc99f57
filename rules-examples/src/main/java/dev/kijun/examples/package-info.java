/** Examples to copy: embedding Kijun in another system. Not API; nothing depends on this package. */
package dev.kijun.examples;
