package dev.kijun.model;

import java.util.List;

/** A declaration that carries evidence; findings list the evidence of the declarations that decided them. */
public interface HasEvidence {
  /** What backs the declaration; empty when nothing does. */
  List<Evidence> evidence();
}
