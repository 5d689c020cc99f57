/** The standard catalog: 別表２「外部サービス選定基準」 as criteria metadata, DRL rules, messages and data. Public API. */
package dev.kijun.catalog;
