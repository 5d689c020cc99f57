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
   * Rules compiled at build time to Drools' executable model (by kie-maven-plugin), found through the model index
   * the plugin writes, e.g. {@code META-INF/kie/dev.kijun/rules-catalog/drools-model}. Loading them compiles
   * nothing. {@code drl} holds the same rules as DRL, for tools that compile them at run time instead.
   */
  static RuleSource precompiled(String modelIndex, ClassLoader loader, RuleSource drl) {
    return new Precompiled(modelIndex, loader, drl);
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

  /** Rules precompiled to the executable model, with the same rules as DRL. */
  record Precompiled(String modelIndex, ClassLoader loader, RuleSource drl) implements RuleSource {
    public Precompiled {
      Objects.requireNonNull(modelIndex, "modelIndex must not be null");
      Objects.requireNonNull(loader, "class loader must not be null");
      Objects.requireNonNull(drl, "drl must not be null");
    }
  }
}
