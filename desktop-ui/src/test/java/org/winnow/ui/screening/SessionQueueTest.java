package org.winnow.ui.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SessionQueueTest {
  @Test
  void walksForwardAndBackWithinTheSession() {
    SessionQueue q = new SessionQueue(List.of(10L, 20L, 30L));
    assertEquals(OptionalLong.of(10), q.current());
    assertEquals(OptionalLong.of(20), q.following());
    assertFalse(q.hasPrevious());
    q.next();
    q.next();
    assertEquals(OptionalLong.of(30), q.current());
    assertEquals(OptionalLong.empty(), q.following());
    q.next();
    assertEquals(OptionalLong.empty(), q.current(), "past the end: done");
    assertEquals(3, q.index());
    assertFalse(q.hasNext());
    q.previous();
    assertEquals(OptionalLong.of(30), q.current());
  }

  @Test
  void aReopenedItemIsADetourBackToTheSamePlace() {
    SessionQueue q = new SessionQueue(List.of(10L, 20L, 30L));
    q.next();
    q.show(99);
    assertTrue(q.reopening());
    assertEquals(OptionalLong.of(99), q.current());
    assertEquals(OptionalLong.of(20), q.following(), "loads the place it returns to");
    q.next();
    assertEquals(OptionalLong.of(20), q.current());
    q.show(99);
    q.previous();
    assertEquals(OptionalLong.of(20), q.current(), "previous also leaves the detour");
  }

  @Test
  void showingTheCurrentItemIsNoDetour() {
    SessionQueue q = new SessionQueue(List.of(10L, 20L, 30L));
    q.show(10);
    assertFalse(q.reopening());
    q.show(30);
    assertTrue(q.reopening(), "an item later in the session is a detour too");
    q.next();
    assertEquals(OptionalLong.of(10), q.current());
    assertEquals(0, SessionQueue.empty().size());
    assertEquals(OptionalLong.empty(), SessionQueue.empty().current());
  }

  @Test
  void aNewerRankingReordersOnlyTheItemsNotReachedYet() {
    SessionQueue q = new SessionQueue(List.of(10L, 20L, 30L, 40L, 50L));
    q.next(); // 10 passed, 20 shown
    SessionQueue r = q.reordered(List.of(50L, 10L, 40L, 30L));
    assertEquals(OptionalLong.of(20), r.current(), "the item shown stays");
    assertEquals(OptionalLong.of(50), r.following(), "then the newer ranking's order");
    assertEquals(1, r.index());
    assertEquals(5, r.size(), "an item passed is not served twice");
    r.next();
    r.next();
    r.next();
    assertEquals(OptionalLong.of(30), r.current());
    r.previous();
    r.previous();
    r.previous();
    assertEquals(OptionalLong.of(20), r.current());
    r.previous();
    assertEquals(OptionalLong.of(10), r.current(), "P still walks back through the session");
  }
}
