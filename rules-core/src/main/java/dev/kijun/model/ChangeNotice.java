package dev.kijun.model;

import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * Prior notice before the service ends or changes (B2-05).
 *
 * @param noticePeriod how long before the end or change the customer is told, e.g. {@code P6M}; not negative, at
 *     most 100 years
 * @param channels how the customer is told
 * @param contractuallyAgreeable whether the notice can be agreed in the contract
 */
public record ChangeNotice(Period noticePeriod, Set<NoticeChannel> channels, Claim contractuallyAgreeable) {
  public ChangeNotice {
    Bounds.period("noticePeriod", noticePeriod, "P6M");
    channels = channels == null ? null : Set.copyOf(channels);
  }

  /** The channels, in a stable order for messages. */
  public List<NoticeChannel> sortedChannels() {
    return channels == null ? List.of() : channels.stream().sorted().toList();
  }
}
