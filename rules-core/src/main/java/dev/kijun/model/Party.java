package dev.kijun.model;

/** Who carries out a control. */
public enum Party {
  PROVIDER,
  CUSTOMER,
  SHARED
}
