package dev.kijun.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The command's logging, set up in code rather than from XML (which cost about a third of a second per run): warnings
 * and errors on standard error, Drools and KIE only for errors. {@code KIJUN_LOG_LEVEL} (trace, debug, info, warn,
 * error) sets the level. The command speaks to people on standard output and error itself; the log is for trouble.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CliLogging extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("stderr");
    stderr.setTarget("System.err");
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setCharset(StandardCharsets.UTF_8);
    Line layout = new Line();
    layout.setContext(context);
    layout.start();
    encoder.setLayout(layout);
    encoder.start();
    stderr.setEncoder(encoder);
    stderr.start();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(stderr);
    root.setLevel(level(System.getenv("KIJUN_LOG_LEVEL")));
    context.getLogger("org.drools").setLevel(Level.ERROR);
    context.getLogger("org.kie").setLevel(Level.ERROR);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  static Level level(String text) {
    return text == null || text.isBlank() ? Level.WARN : Level.toLevel(text.strip().toUpperCase(Locale.ROOT), Level.WARN);
  }

  /** {@code LEVEL logger: message}, and the exception's first line when there is one: no stack trace for people. */
  private static final class Line extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent event) {
      String logger = event.getLoggerName();
      StringBuilder sb = new StringBuilder(event.getLevel().toString()).append(' ')
          .append(logger.substring(logger.lastIndexOf('.') + 1)).append(": ").append(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        sb.append(" (").append(event.getThrowableProxy().getClassName()).append(": ")
            .append(event.getThrowableProxy().getMessage()).append(')');
      }
      return sb.append(System.lineSeparator()).toString();
    }
  }
}
