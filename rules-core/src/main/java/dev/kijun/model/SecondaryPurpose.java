package dev.kijun.model;

/** Uses of customer data beyond providing the service (B2-07). */
public enum SecondaryPurpose {
  ANALYTICS,
  AI_TRAINING,
  ADVERTISING,
  AFFILIATE_SHARING,
  PRODUCT_IMPROVEMENT,
  OTHER
}
