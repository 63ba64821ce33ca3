package org.winnow.core.project;

import java.lang.management.ManagementFactory;

/** CPU time of this process, all threads (JIT compiler and garbage collector included). */
public final class ProcessCpu {
  private ProcessCpu() {}

  /** Nanoseconds of CPU this process has used, or 0 where the JVM cannot tell. */
  public static long nanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
