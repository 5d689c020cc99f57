package dev.kijun.report;

import java.time.LocalDate;

/**
 * A waiver (例外措置) that covered a finding: who approved what, and until when.
 *
 * @param approvalNumber the approval's number
 * @param approver who approved it
 * @param reason why the exception was approved
 * @param validUntil the last day it applies
 */
public record AppliedWaiver(String approvalNumber, String approver, String reason, LocalDate validUntil) {}
