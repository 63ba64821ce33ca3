package org.winnow.ui.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use right after any garbage collection while it watches: what the work kept
 * reachable (plus old garbage that a young collection did not visit), not the garbage that merely
 * waited between collections. The sum of each pool's own peak, which the bench once reported, adds
 * peaks reached at different times and can exceed the heap limit, so it proves nothing. The limit
 * itself is proved by running under {@code -Xmx}; this figure shows how close the work came.
 */
final class HeapWatch implements AutoCloseable {
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onNotification;

  private HeapWatch() {}

  /** Starts watching every collector of this JVM. */
  static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(watch.listener, null, null);
        watch.emitters.add(emitter);
      }
    }
    return watch;
  }

  private void onNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      if (after != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
        used += after.getUsed();
      }
    }
    peakAfterGc.accumulateAndGet(used, Math::max);
    collections.incrementAndGet();
  }

  /** Most heap in use after a collection, in MiB. */
  long peakAfterGcMb() {
    return peakAfterGc.get() / (1024 * 1024);
  }

  long collections() {
    return collections.get();
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }
}
