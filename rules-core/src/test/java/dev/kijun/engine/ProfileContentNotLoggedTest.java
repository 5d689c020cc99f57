package dev.kijun.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A vendor's declarations are the city's business: nothing of a profile reaches the log at INFO or above. */
class ProfileContentNotLoggedTest {
  static final String MARKER = "機密マーカー-7f3a";

  @Test
  void building_and_assessing_log_nothing_of_the_profile_at_info_or_above() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger kijunLog = (Logger) LoggerFactory.getLogger("dev.kijun");
    Level before = root.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.INFO);
    kijunLog.setLevel(Level.DEBUG);
    try {
      ServiceProfile profile = ProfileReader.create().read("p.yaml", """
          id: %s
          vendor: %s
          changeNotice: {noticePeriod: P1D, channels: [EMAIL]}
          """.formatted(MARKER, MARKER));
      Kijun kijun = Kijun.builder().catalog(TestRules.catalog()).build();
      kijun.assess(profile, LocalDate.of(2026, 11, 27));
    } finally {
      root.detachAppender(appender);
      root.setLevel(before);
      kijunLog.setLevel(null);
    }
    assertThat(appender.list).as("the engine's own debug lines were captured").isNotEmpty();
    assertThat(appender.list)
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
        .noneMatch(e -> e.getFormattedMessage().contains(MARKER));
  }
}
