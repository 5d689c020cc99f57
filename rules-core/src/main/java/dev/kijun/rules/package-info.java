/**
 * What rule authors write against: the {@link dev.kijun.rules.Conclusions} global every rule concludes through,
 * where rules come from, extra facts, and helpers for comparing periods. Public API.
 */
package dev.kijun.rules;
