package org.winnow.core.stats.pooling;

import java.util.Locale;

/** How study effects are combined (metafor's {@code rma(method=…)}). */
public enum PoolingMethod {
  /** Fixed (common) effect, inverse-variance weights (metafor "EE"/"FE"). */
  FE("fixed effect (inverse variance)"),
  /** Random effects, DerSimonian–Laird moment estimator of τ². */
  DL("random effects, DerSimonian–Laird τ²"),
  /** Random effects, restricted maximum-likelihood τ² (metafor's default). */
  REML("random effects, REML τ²");

  private final String label;

  PoolingMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean randomEffects() {
    return this != FE;
  }

  public static PoolingMethod parse(String s) {
    String want = s.strip().toUpperCase(Locale.ROOT);
    if (want.equals("EE") || want.equals("FIXED")) {
      return FE;
    }
    try {
      return valueOf(want);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown method '" + s + "' (FE, DL or REML)", e);
    }
  }
}
