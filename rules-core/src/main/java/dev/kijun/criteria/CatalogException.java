package dev.kijun.criteria;

/** A catalog is inconsistent or incomplete: a criterion, a message bundle or a data file is missing or duplicated. */
public class CatalogException extends dev.kijun.KijunException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
