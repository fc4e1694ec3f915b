package io.sparkta.kernels.stats;

import java.util.Arrays;

/**
 * The values of a window kept in order (no NaNs), for rank statistics: a value is placed and removed by binary
 * search, and the k-th smallest, the median and the median absolute deviation are read in O(log n) without
 * copying or selecting. Inserting or removing moves the larger values by one slot (a block copy).
 */
public final class SortedWindow {
    private final double[] sorted;
    private int size;

    public SortedWindow(int capacity) {
        sorted = new double[capacity];
    }

    public void add(double x) {
        int at = Arrays.binarySearch(sorted, 0, size, x);
        at = at < 0 ? -at - 1 : at;
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        sorted[at] = x;
        size++;
    }

    /** Removes one copy of {@code x}, which must be held. */
    public void remove(double x) {
        int at = Arrays.binarySearch(sorted, 0, size, x);
        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
        size--;
    }

    /**
     * Keeps this the ordered copy of {@code window} after {@code x} was pushed and {@code old} left: rebuilt when
     * the window has just become ready, one value swapped while it stays ready.
     */
    public void follow(Window window, double x, double old) {
        if (window.fresh()) {
            size = 0;
            for (int k = 0; k < window.length(); k++) {
                add(window.get(k));
            }
        } else if (window.ready()) {
            remove(old);
            add(x);
        }
    }

    public int size() {
        return size;
    }

    /** The k-th smallest, 0 the smallest. */
    public double get(int k) {
        return sorted[k];
    }

    /** The middle value, or the halfway point of the two middle values. */
    public double median() {
        int mid = size >> 1;
        return (size & 1) == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    /** The median of the distances |x - median|, as {@link #median()} picks it. */
    public double medianAbsoluteDeviation() {
        double m = median();
        // the distances form two ascending runs: m - x below the median (read downwards) and x - m from it up
        int split = lowerBound(m), mid = size >> 1;
        double hi = smallestDistance(mid, m, split);
        return (size & 1) == 1 ? hi : 0.5 * (smallestDistance(mid - 1, m, split) + hi);
    }

    /** The k-th smallest distance (0-based): of the k + 1 smallest, how many lie below is found by bisection. */
    private double smallestDistance(int k, double m, int split) {
        int below = split, above = size - split, take = k + 1;
        int lo = Math.max(0, take - above), hi = Math.min(take, below);
        while (lo < hi) {
            int a = (lo + hi) >>> 1; // a from below, take - a from above
            if (m - sorted[split - 1 - a] < sorted[split + take - a - 1] - m) {
                lo = a + 1; // the (a+1)-th below is nearer than the last taken above: take more from below
            } else {
                hi = a;
            }
        }
        double fromBelow = lo == 0 ? Double.NEGATIVE_INFINITY : m - sorted[split - lo];
        double fromAbove = take - lo == 0 ? Double.NEGATIVE_INFINITY : sorted[split + take - lo - 1] - m;
        return Math.max(fromBelow, fromAbove);
    }

    /** The number of values below {@code x}. */
    private int lowerBound(double x) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
