package org.communitybudgets.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The process CPU time of one benchmark operation, in milliseconds, reported by JMH beside the wall
 * time: a benchmark method takes it as a parameter and calls {@link #stop()} when its work is done.
 * The command line's benchmarks use it too.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ProcessCpu {
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** CPU time used by every thread of the process during the operation. */
  public long cpuMillis;

  private long start;

  /** Reads the clock before the operation. */
  @Setup(Level.Invocation)
  public void start() {
    start = OS.getProcessCpuTime();
  }

  /**
   * Reads the clock after the operation. Returns nothing: JMH would report a public method of an
   * {@code AuxCounters} state that returns a number as a counter of its own.
   */
  public void stop() {
    cpuMillis = (OS.getProcessCpuTime() - start) / 1_000_000;
  }
}
