package dev.kijun.engine;

import dev.kijun.engine.drools.DroolsRuleBase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Builds the rule base on a thread of its own while the builder reads the catalogs' criteria, messages and data on
 * the calling thread: the two need nothing of each other, and on a machine with two cores a cold start no longer
 * pays for them one after the other. What the build throws is thrown again, as it is, by {@link #join()}.
 */
final class RuleBaseBuild {
  private final CompletableFuture<DroolsRuleBase> result = new CompletableFuture<>();

  private RuleBaseBuild() {}

  /** Starts building; the thread sees the caller's context class loader, as a build on the caller's thread would. */
  static RuleBaseBuild start(Supplier<DroolsRuleBase> build) {
    RuleBaseBuild b = new RuleBaseBuild();
    Thread thread = new Thread(() -> {
      try {
        b.result.complete(build.get());
      } catch (Throwable t) {
        b.result.completeExceptionally(t);
      }
    }, "kijun-rule-base-build");
    thread.setDaemon(true);
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    thread.start();
    return b;
  }

  /** Waits for the rule base; rethrows what the build threw. */
  DroolsRuleBase join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return result.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw rethrow(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("building the rule base failed: " + cause, cause);
  }
}
