/** The engine: build a {@link dev.kijun.engine.Kijun} once, then assess any number of profiles from any thread. Public API. */
package dev.kijun.engine;
