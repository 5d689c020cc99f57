package dev.kijun.io;

/** A class no document may instantiate: its constructors record that they ran. */
public final class Canary {
  static volatile boolean created;

  /** Records that a document instantiated it. */
  public Canary() {
    created = true;
  }

  /** Records that a document instantiated it. */
  public Canary(String text) {
    created = true;
  }
}
