package dev.kijun.model;

/**
 * Time synchronisation and log time zone (B2-25).
 *
 * @param synchronised whether clocks inside the service are reliably synchronised
 * @param source the time source, e.g. an NTP server or the provider's time service
 * @param logTimeZone the one time zone all logs use, as an IANA zone id such as {@code Asia/Tokyo} or {@code UTC}
 * @param singleTimeZoneForLogs whether every log uses that one time zone
 */
public record TimeSync(Claim synchronised, String source, String logTimeZone, Claim singleTimeZoneForLogs) {}
