package dev.kijun.catalog.crypto;

import java.util.Locale;

/** The categories of the CRYPTREC lists, as the data file writes them (e.g. {@code block-cipher-128}). */
public enum CipherCategory {
  /** 公開鍵暗号／署名. */
  SIGNATURE,
  /** 公開鍵暗号／守秘. */
  CONFIDENTIALITY,
  /** 公開鍵暗号／鍵共有. */
  KEY_EXCHANGE,
  /** 共通鍵暗号／64ビットブロック暗号. */
  BLOCK_CIPHER_64,
  /** 共通鍵暗号／128ビットブロック暗号. */
  BLOCK_CIPHER_128,
  /** 共通鍵暗号／ストリーム暗号. */
  STREAM_CIPHER,
  /** ハッシュ関数. */
  HASH,
  /** 暗号利用モード／秘匿モード. */
  MODE_CONFIDENTIALITY,
  /** 暗号利用モード／認証付き秘匿モード. */
  MODE_AUTHENTICATED,
  /** 認証暗号. */
  AUTHENTICATED_ENCRYPTION,
  /** メッセージ認証コード. */
  MAC,
  /** エンティティ認証. */
  ENTITY_AUTHENTICATION,
  /** The post-quantum table of LS-0001-2022R2: key encapsulation. */
  PQC_KEM,
  /** Anything else a profile may name, e.g. no encryption at all. */
  OTHER;

  /** Parses the data file's spelling. */
  public static CipherCategory parse(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Whether an algorithm of this category keeps data confidential on its own (a cipher, AEAD, encryption, KEM). */
  public boolean encrypts() {
    return switch (this) {
      case CONFIDENTIALITY, BLOCK_CIPHER_64, BLOCK_CIPHER_128, STREAM_CIPHER, AUTHENTICATED_ENCRYPTION, PQC_KEM -> true;
      default -> false;
    };
  }

  /** Whether it is a block cipher, which needs a mode of operation. */
  public boolean blockCipher() {
    return this == BLOCK_CIPHER_64 || this == BLOCK_CIPHER_128;
  }

  /** Whether it is a mode of operation. */
  public boolean mode() {
    return this == MODE_CONFIDENTIALITY || this == MODE_AUTHENTICATED;
  }

  /** The data file's spelling. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
