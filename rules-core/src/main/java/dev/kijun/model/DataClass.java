package dev.kijun.model;

/** The kinds of data the table names in B2-02. */
public enum DataClass {
  /** 個人情報. */
  PERSONAL_INFORMATION,
  /** 住民の生命・財産に関わる情報. */
  RESIDENT_LIFE_OR_PROPERTY,
  /** その他の非公開情報. */
  OTHER_NON_PUBLIC,
  /** Information that is already public; outside B2-02. */
  PUBLIC;

  /** Whether B2-02 covers this class. */
  public boolean isNonPublic() {
    return this != PUBLIC;
  }
}
