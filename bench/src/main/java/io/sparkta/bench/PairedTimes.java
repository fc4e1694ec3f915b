package io.sparkta.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Time spent in each half of a paired benchmark, summed over the run: a kernel on heap arrays, then the same
 * on off-heap memory, call after call in one JVM, so that their ratio is taken under one JIT state (both
 * kinds of memory at every call site, as in an application that uses both) and the same moment's noise.
 * {@code offHeapMs / arraysMs} is the overhead.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairedTimes {
    public double arraysMs, offHeapMs;

    void time(Runnable arrays, Runnable offHeap) {
        long start = System.nanoTime();
        arrays.run();
        long between = System.nanoTime();
        offHeap.run();
        arraysMs += (between - start) / 1e6;
        offHeapMs += (System.nanoTime() - between) / 1e6;
    }
}
