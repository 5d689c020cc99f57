package dev.kijun.io;

/** JSON pointers (RFC 6901), built one segment at a time. */
final class Pointers {
  private Pointers() {}

  static String child(String parent, String field) {
    return parent + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The parent of a pointer; the root's parent is the root. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
