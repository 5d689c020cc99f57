package dev.kijun.rules;

import java.nio.file.Path;
import java.util.Objects;

/** Where rules come from. Rules are code: name only locations the application trusts, never a profile's content. */
public sealed interface RuleSource {

  /** DRL files on the class path, found under a resource folder, e.g. {@code dev/kijun/catalog}. */
  static RuleSource classpath(String folder, ClassLoader loader) {
    return new Classpath(folder, loader);
  }

  /** A DRL file, or every DRL file under a directory. */
  static RuleSource file(Path path) {
    return new File(path);
  }

  /** DRL given as text, named for error messages. */
  static RuleSource text(String name, String drl) {
    return new Text(name, drl);
  }

  /**
   * A rule base compiled at build time to the executable model, found by name in the class path's
   * {@code META-INF/kmodule.xml}. {@code fallback} holds the same rules as DRL, for when more rules must be added
   * at run time.
   */
  static RuleSource precompiled(String kieBaseName, ClassLoader loader, RuleSource fallback) {
    return new Precompiled(kieBaseName, loader, fallback);
  }

  /** DRL resources under a class-path folder. */
  record Classpath(String folder, ClassLoader loader) implements RuleSource {
    public Classpath {
      Objects.requireNonNull(folder, "folder must not be null");
      Objects.requireNonNull(loader, "class loader must not be null");
    }
  }

  /** A DRL file or a directory of them. */
  record File(Path path) implements RuleSource {
    public File {
      Objects.requireNonNull(path, "path must not be null");
    }
  }

  /** DRL text. */
  record Text(String name, String drl) implements RuleSource {
    public Text {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(drl, "drl must not be null");
    }
  }

  /** A precompiled rule base, with its DRL as a fallback. */
  record Precompiled(String kieBaseName, ClassLoader loader, RuleSource fallback) implements RuleSource {
    public Precompiled {
      Objects.requireNonNull(kieBaseName, "kieBaseName must not be null");
      Objects.requireNonNull(loader, "class loader must not be null");
      Objects.requireNonNull(fallback, "fallback must not be null");
    }
  }
}
