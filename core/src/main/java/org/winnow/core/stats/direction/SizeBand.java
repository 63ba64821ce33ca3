package org.winnow.core.stats.direction;

/**
 * Symbol size of the effect-direction plot by study size, with the bands of Boon &amp; Thomson's
 * (2021) figure legend: small &lt; 50, medium 50–300, large &gt; 300 participants.
 */
public enum SizeBand {
  SMALL,
  MEDIUM,
  LARGE;

  /** Smallest study drawn with a medium symbol. */
  public static final int MEDIUM_FROM = 50;

  /** Largest study still drawn with a medium symbol. */
  public static final int MEDIUM_TO = 300;

  public static SizeBand of(int participants) {
    if (participants > MEDIUM_TO) {
      return LARGE;
    }
    return participants >= MEDIUM_FROM ? MEDIUM : SMALL;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
