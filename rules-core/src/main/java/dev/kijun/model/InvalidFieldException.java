package dev.kijun.model;

/**
 * A value given to a model record is out of its documented range or missing where it is required. It names the
 * field, so that a reader can point at the exact place in the file, and its message says how to fix the value.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;

  /**
   * @param field the record component at fault, as written in a profile (e.g. {@code noticePeriod})
   * @param message what is wrong and how to fix it
   */
  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The record component at fault. */
  public String field() {
    return field;
  }
}
