package dev.kijun;

/** The base of every exception Kijun throws: something could not be read, built or evaluated. */
public class KijunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KijunException(String message) {
    super(message);
  }

  public KijunException(String message, Throwable cause) {
    super(message, cause);
  }
}
