package org.winnow.ui.common;

/**
 * A view that shows what others change (counts, conflicts, the PRISMA diagram): the shell asks the
 * view on screen to reload when the project changed elsewhere.
 */
public interface Refreshable {
  void refreshAfterChanges();
}
