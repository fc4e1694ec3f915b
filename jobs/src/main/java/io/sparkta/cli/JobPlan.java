package io.sparkta.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The size of a sweep or backtest, estimated from the grid and the series lengths before any work starts: output
 * rows, output bytes (uncompressed) and time. A job over {@code --max-rows} is refused with the estimate.
 */
final class JobPlan {
    /**
     * A deliberately low rate for the time estimate (slow indicators and long periods cost more per point); the
     * line each command prints when done gives the rate it measured.
     */
    static final double ASSUMED_POINT_COMBOS_PER_CORE_SECOND = 2e7;
    /** Likewise for encoding and writing the output, which dominates sweeps of long series. */
    static final double ASSUMED_OUTPUT_BYTES_PER_SECOND = 2e7;

    private final String command;
    private final long[] sortedLengths;
    private final long points;
    private final long combos;
    private final double bytes;
    private final double seconds;

    /**
     * @param lengths     bars per series
     * @param combos      parameter combos (or fast/slow pairs): output rows per series
     * @param bytesPerBar output bytes per bar of a row (the output arrays)
     * @param bytesPerRow output bytes per row besides the arrays (keys, parameters, metrics)
     */
    JobPlan(String command, long[] lengths, long combos, double bytesPerBar, double bytesPerRow) {
        this.command = command;
        this.sortedLengths = lengths.clone();
        Arrays.sort(sortedLengths);
        this.points = Arrays.stream(lengths).sum();
        this.combos = combos;
        this.bytes = combos * (points * bytesPerBar + lengths.length * bytesPerRow);
        this.seconds = points * (double) combos
                / (ASSUMED_POINT_COMBOS_PER_CORE_SECOND * Runtime.getRuntime().availableProcessors())
                + bytes / ASSUMED_OUTPUT_BYTES_PER_SECOND;
    }

    long rows() {
        return sortedLengths.length * combos;
    }

    /**
     * Refuses more rows than {@code maxRows}, or where null, than half the free disk space at the output holds;
     * otherwise prints the estimate.
     */
    void check(Long maxRows, String output, PrintStream err) {
        String limitWhy = "";
        long limit;
        if (maxRows != null) {
            limit = maxRows;
        } else {
            long free = Capacity.freeDisk(Path.of(output));
            double perRow = rows() == 0 ? 1 : Math.max(1, bytes / rows());
            limit = (long) Math.min(Long.MAX_VALUE, free / 2.0 / perRow);
            limitWhy = " (the default: what half the " + Capacity.bytes(free) + " free at the output holds)";
        }
        if (rows() > limit) {
            throw new Sparkta.UsageException(String.format(Locale.ROOT, "%s, exceed --max-rows %,d%s; narrow the "
                    + "grid or give a larger --max-rows", estimate(), limit, limitWhy));
        }
        err.println("sparkta " + command + ": plan: " + estimate());
    }

    /** Rows, series, combos, bytes and time in words. */
    String estimate() {
        return String.format(Locale.ROOT, "%,d output rows (%,d series of %,d bars in all x %,d combos), about %s of "
                + "output and %s", rows(), sortedLengths.length, points, combos, Capacity.bytes(bytes),
                duration(seconds));
    }

    /** How many series have at most {@code bars} bars: those where a warm-up of {@code bars} leaves no value. */
    long seriesNoLongerThan(long bars) {
        int lo = 0, hi = sortedLengths.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedLengths[mid] <= bars) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Warns when most rows ({@code allNanRows} of them) would have no value at all. */
    void warnAllNan(long allNanRows, String why, PrintStream err) {
        if (rows() > 0 && allNanRows * 2 > rows()) {
            err.printf(Locale.ROOT, "sparkta %s: warning: %,d of %,d rows (%.0f%%) will be all NaN: %s (the longest "
                    + "series has %,d bars)%n", command, allNanRows, rows(), 100.0 * allNanRows / rows(), why,
                    sortedLengths[sortedLengths.length - 1]);
        }
    }

    static String duration(double s) {
        if (s < 1) {
            return "under a second";
        }
        if (s < 120) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        return s < 172800 ? String.format(Locale.ROOT, "%.1f h", s / 3600)
                : String.format(Locale.ROOT, "%.1f days", s / 86400);
    }
}
