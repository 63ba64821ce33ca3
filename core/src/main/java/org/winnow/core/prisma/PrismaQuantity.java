package org.winnow.core.prisma;

import java.util.OptionalLong;

/**
 * A named number that the arithmetic checks can read from the counts: a field or an awaiting count.
 */
public interface PrismaQuantity {
  /** The stable name (PRISMA2020 R package field name, or the awaiting key). */
  String key();

  /** The value, empty when it was not given. */
  OptionalLong in(PrismaCounts counts);
}
