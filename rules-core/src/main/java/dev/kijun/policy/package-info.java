/** What a municipality sets: parameters such as the notice period, criteria it does not adopt, levels, waivers. Public API. */
package dev.kijun.policy;
