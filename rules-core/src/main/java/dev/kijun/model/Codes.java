package dev.kijun.model;

import java.text.Normalizer;

/**
 * Normalises code values (country codes, region codes, provider names, TLS versions) typed with a Japanese input
 * method: NFKC turns full-width letters and digits ({@code ＪＰ}, {@code ap-northeast-１}) and the ideographic space
 * into their ASCII forms, then surrounding white space is removed. Free text (names, references) is never touched.
 */
final class Codes {
  private Codes() {}

  static String normalise(String code) {
    return code == null ? null : Normalizer.normalize(code, Normalizer.Form.NFKC).strip();
  }
}
