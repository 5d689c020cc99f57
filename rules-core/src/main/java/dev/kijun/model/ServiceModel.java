package dev.kijun.model;

/** The cloud service model, which decides who must harden and isolate what (B2-20, B2-39). */
public enum ServiceModel {
  IAAS,
  PAAS,
  SAAS
}
