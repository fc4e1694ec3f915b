package io.sparkta.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wall-clock phases of a Spark command (session start, input, plan, compute, write, ...), each the time
 * since the previous phase ended, for its summary line.
 */
final class Phases {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the phase that ran since the last one ended, under this name. */
    void end(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - mark, Long::sum);
        mark = now;
    }

    /**
     * Ends the job whose write tasks ran the kernels, split into compute (the kernels' task time spread over the
     * cores, at most the whole job) and write (the rest: handing the rows on and writing them). Spark classes
     * stay out of this class: the commands hold it, and parsing their options must load no Spark class.
     */
    void endComputeAndWrite(long kernelNanos, int cores) {
        long now = System.nanoTime();
        long job = now - mark;
        long compute = Math.min(job, kernelNanos / Math.max(1, cores));
        nanos.merge("compute", compute, Long::sum);
        nanos.merge("write", job - compute, Long::sum);
        mark = now;
    }

    /** The seconds a phase took, 0 where it did not run. */
    double seconds(String phase) {
        return nanos.getOrDefault(phase, 0L) / 1e9;
    }

    /** {@code session start 2.13 s, input 1.52 s, plan 0.312 s, compute 0.0108 s, write 1.2 s}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        nanos.forEach((phase, n) -> parts.add(String.format(Locale.ROOT, "%s %.3g s", phase, n / 1e9)));
        return String.join(", ", parts);
    }
}
