package dev.kijun.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kijun.model.CountryCode;
import dev.kijun.model.ModuleStandard;
import dev.kijun.model.NoticeChannel;
import dev.kijun.model.RegionRef;
import dev.kijun.model.TlsVersion;
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
 * @param acceptedCipherLists B2-22, B2-38: the CRYPTREC lists whose entries count as conforming (default only the
 *     電子政府推奨暗号リスト; it must always be included)
 * @param tlsGuidelineTier B2-22: the tier of the TLS暗号設定ガイドライン the city requires (default
 *     推奨セキュリティ型); see {@link TlsGuidelineTier} for what Kijun assumes of each tier
 * @param minimumTlsVersion B2-22: the oldest TLS version accepted (default the tier's minimum, TLSv1.2); never SSL
 * @param acceptedModuleStandards B2-38: the validation programmes accepted for the module holding the keys (default
 *     FIPS 140-3 and JCMVP)
 * @param minimumModuleLevel B2-38: the lowest security level accepted for that module, 1 to 4 (default 3)
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
    Set<CipherList> acceptedCipherLists,
    TlsGuidelineTier tlsGuidelineTier,
    TlsVersion minimumTlsVersion,
    Set<ModuleStandard> acceptedModuleStandards,
    Integer minimumModuleLevel,
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
      @JsonProperty("acceptedCipherLists") Set<CipherList> acceptedCipherLists,
      @JsonProperty("tlsGuidelineTier") TlsGuidelineTier tlsGuidelineTier,
      @JsonProperty("minimumTlsVersion") TlsVersion minimumTlsVersion,
      @JsonProperty("acceptedModuleStandards") Set<ModuleStandard> acceptedModuleStandards,
      @JsonProperty("minimumModuleLevel") Integer minimumModuleLevel,
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
    this.acceptedCipherLists = nonEmpty("acceptedCipherLists", acceptedCipherLists, Set.of(CipherList.RECOMMENDED));
    if (!this.acceptedCipherLists.contains(CipherList.RECOMMENDED)) {
      throw new IllegalArgumentException("acceptedCipherLists must include RECOMMENDED (電子政府推奨暗号リスト); was "
          + acceptedCipherLists);
    }
    this.tlsGuidelineTier = orDefault(tlsGuidelineTier, TlsGuidelineTier.RECOMMENDED_SECURITY);
    this.minimumTlsVersion = orDefault(minimumTlsVersion, this.tlsGuidelineTier.minimumVersion());
    if (this.minimumTlsVersion.compareTo(TlsVersion.TLS_1_0) < 0) {
      throw new IllegalArgumentException("minimumTlsVersion must be TLSv1.0 or later: SSL is never acceptable; was "
          + minimumTlsVersion);
    }
    this.acceptedModuleStandards = nonEmpty("acceptedModuleStandards", acceptedModuleStandards,
        Set.of(ModuleStandard.FIPS_140_3, ModuleStandard.JCMVP));
    this.minimumModuleLevel = orDefault(minimumModuleLevel, 3);
    if (this.minimumModuleLevel < 1 || this.minimumModuleLevel > 4) {
      throw new IllegalArgumentException("minimumModuleLevel must be between 1 and 4; was " + minimumModuleLevel);
    }
    this.custom = custom == null ? Map.of() : Map.copyOf(custom);
  }

  /** The defaults: the table read literally. */
  public static Parameters defaults() {
    return new Parameters(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  /** Whether a region may be used: in an accepted country, and in the allow-list when there is one. */
  public boolean acceptsRegion(RegionRef region, CountryCode country) {
    return country != null && acceptedRegionCountries.contains(country)
        && (acceptedRegions.isEmpty() || acceptedRegions.contains(region));
  }

  /** Whether an entry of a CRYPTREC list counts as conforming (B2-22, B2-38); an entry on no list never does. */
  public boolean acceptsCipherList(CipherList list) {
    return list != null && acceptedCipherLists.contains(list);
  }

  /** Whether a protocol version is accepted in transit (B2-22): never SSL, and not older than the minimum. */
  public boolean acceptsTlsVersion(TlsVersion version) {
    return version != null && version.compareTo(TlsVersion.TLS_1_0) >= 0 && version.compareTo(minimumTlsVersion) >= 0;
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
