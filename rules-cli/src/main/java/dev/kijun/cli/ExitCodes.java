package dev.kijun.cli;

import dev.kijun.report.Outcome;

/** The exit codes scripts rely on. */
final class ExitCodes {
  /** Every profile COMPLIANT (適合). */
  static final int COMPLIANT = 0;
  /** A profile NON_COMPLIANT (不適合). */
  static final int NON_COMPLIANT = 1;
  /** Unreadable or invalid input, broken rules or policy, or a usage error. */
  static final int INVALID_INPUT = 2;
  /** No profile fails, but some criteria cannot be decided (要確認). */
  static final int INCOMPLETE = 3;

  private ExitCodes() {}

  static int of(Outcome outcome) {
    return switch (outcome) {
      case COMPLIANT -> COMPLIANT;
      case NON_COMPLIANT -> NON_COMPLIANT;
      case INCOMPLETE -> INCOMPLETE;
    };
  }

  /** The code for several results: bad input first, then non-compliance, then incompleteness. */
  static int worst(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    return switch (code) {
      case INVALID_INPUT -> 3;
      case NON_COMPLIANT -> 2;
      case INCOMPLETE -> 1;
      default -> 0;
    };
  }
}
