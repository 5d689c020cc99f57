package dev.kijun.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kijun.model.CountryCode;
import dev.kijun.model.NoticeChannel;
import dev.kijun.model.RegionRef;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.Set;

/**
 * The values a municipality may tighten, with the defaults that read the table literally. Rules read them as a fact,
 * so one engine judges every profile by the same parameters. Unset values take their defaults.
 *
 * @param minimumNoticePeriod B2-05: how long before an end or change the city must be told (default 6 months)
 * @param acceptedNoticeChannels B2-05: channels that count as telling the city (default e-mail, post, customer portal)
 * @param acceptedGoverningLaw B2-01: countries whose law may govern the contract (default JP)
 * @param acceptedCourtCountries B2-01: countries whose courts may be the agreed forum (default JP)
 * @param acceptedDataCountries B2-02: countries where non-public data may be stored (default JP)
 * @param acceptedRegionCountries B2-03: countries whose regions may be used (default JP)
 * @param acceptedRegions B2-03: if not empty, the only regions that may be used
 * @param maximumIncidentReportDelay B2-10: the longest report deadline after detection (default 24 hours)
 * @param minimumPasswordLength B2-33: the shortest password the provider may issue (default 8)
 * @param maximumRemediationDelay B2-34: if set, the longest committed time to fix a critical vulnerability
 * @param custom parameters of a policy owner's own criteria, by name
 */
public record Parameters(
    Period minimumNoticePeriod,
    Set<NoticeChannel> acceptedNoticeChannels,
    Set<CountryCode> acceptedGoverningLaw,
    Set<CountryCode> acceptedCourtCountries,
    Set<CountryCode> acceptedDataCountries,
    Set<CountryCode> acceptedRegionCountries,
    Set<RegionRef> acceptedRegions,
    Duration maximumIncidentReportDelay,
    Integer minimumPasswordLength,
    Duration maximumRemediationDelay,
    Map<String, String> custom) {

  private static final Set<CountryCode> JAPAN_ONLY = Set.of(CountryCode.JAPAN);

  @JsonCreator
  public Parameters(
      @JsonProperty("minimumNoticePeriod") Period minimumNoticePeriod,
      @JsonProperty("acceptedNoticeChannels") Set<NoticeChannel> acceptedNoticeChannels,
      @JsonProperty("acceptedGoverningLaw") Set<CountryCode> acceptedGoverningLaw,
      @JsonProperty("acceptedCourtCountries") Set<CountryCode> acceptedCourtCountries,
      @JsonProperty("acceptedDataCountries") Set<CountryCode> acceptedDataCountries,
      @JsonProperty("acceptedRegionCountries") Set<CountryCode> acceptedRegionCountries,
      @JsonProperty("acceptedRegions") Set<RegionRef> acceptedRegions,
      @JsonProperty("maximumIncidentReportDelay") Duration maximumIncidentReportDelay,
      @JsonProperty("minimumPasswordLength") Integer minimumPasswordLength,
      @JsonProperty("maximumRemediationDelay") Duration maximumRemediationDelay,
      @JsonProperty("custom") Map<String, String> custom) {
    this.minimumNoticePeriod = orDefault(minimumNoticePeriod, Period.ofMonths(6));
    if (this.minimumNoticePeriod.isNegative() || this.minimumNoticePeriod.isZero()) {
      throw new IllegalArgumentException("minimumNoticePeriod must be positive, e.g. P6M; was " + minimumNoticePeriod);
    }
    this.acceptedNoticeChannels = nonEmpty("acceptedNoticeChannels", acceptedNoticeChannels,
        Set.of(NoticeChannel.EMAIL, NoticeChannel.POSTAL_MAIL, NoticeChannel.CUSTOMER_PORTAL));
    this.acceptedGoverningLaw = nonEmpty("acceptedGoverningLaw", acceptedGoverningLaw, JAPAN_ONLY);
    this.acceptedCourtCountries = nonEmpty("acceptedCourtCountries", acceptedCourtCountries, JAPAN_ONLY);
    this.acceptedDataCountries = nonEmpty("acceptedDataCountries", acceptedDataCountries, JAPAN_ONLY);
    this.acceptedRegionCountries = nonEmpty("acceptedRegionCountries", acceptedRegionCountries, JAPAN_ONLY);
    this.acceptedRegions = acceptedRegions == null ? Set.of() : Set.copyOf(acceptedRegions);
    this.maximumIncidentReportDelay = orDefault(maximumIncidentReportDelay, Duration.ofHours(24));
    if (this.maximumIncidentReportDelay.isNegative() || this.maximumIncidentReportDelay.isZero()) {
      throw new IllegalArgumentException(
          "maximumIncidentReportDelay must be positive, e.g. PT24H; was " + maximumIncidentReportDelay);
    }
    this.minimumPasswordLength = orDefault(minimumPasswordLength, 8);
    if (this.minimumPasswordLength < 1 || this.minimumPasswordLength > 256) {
      throw new IllegalArgumentException(
          "minimumPasswordLength must be between 1 and 256; was " + minimumPasswordLength);
    }
    if (maximumRemediationDelay != null && (maximumRemediationDelay.isNegative() || maximumRemediationDelay.isZero())) {
      throw new IllegalArgumentException(
          "maximumRemediationDelay must be positive, e.g. P30D; was " + maximumRemediationDelay);
    }
    this.maximumRemediationDelay = maximumRemediationDelay;
    this.custom = custom == null ? Map.of() : Map.copyOf(custom);
  }

  /** The defaults: the table read literally. */
  public static Parameters defaults() {
    return new Parameters(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Whether a region may be used: in an accepted country, and in the allow-list when there is one. */
  public boolean acceptsRegion(RegionRef region, CountryCode country) {
    return country != null && acceptedRegionCountries.contains(country)
        && (acceptedRegions.isEmpty() || acceptedRegions.contains(region));
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static <T> Set<T> nonEmpty(String name, Set<T> value, Set<T> fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty; leave it out to use the default");
    }
    return Set.copyOf(value);
  }
}
