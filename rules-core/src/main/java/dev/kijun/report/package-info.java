/** Assessments and findings: what Kijun answers, criterion by criterion, and the reports written from them. Public API. */
package dev.kijun.report;
