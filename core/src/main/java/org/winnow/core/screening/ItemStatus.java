package org.winnow.core.screening;

/** Where an item stands at a stage, derived from decisions and resolutions. */
public enum ItemStatus {
  /** Fewer decisions than the policy requires: reported separately, never folded into a box. */
  AWAITING,
  INCLUDED,
  EXCLUDED,
  /** The independent decisions disagree and no resolution has settled it. */
  CONFLICT
}
