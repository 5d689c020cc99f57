package dev.kijun.model;

/** How the provider tells the customer about an end or change of the service (B2-05). */
public enum NoticeChannel {
  EMAIL,
  POSTAL_MAIL,
  CUSTOMER_PORTAL,
  PHONE,
  /** A notice on a public web page, which the customer must go and look for. */
  WEBSITE
}
