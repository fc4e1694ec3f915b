package io.sparkta.kernels.stats;

/**
 * Highest and lowest of the last {@code window} values pushed (fewer while fewer were pushed), in amortised
 * O(1) per value through two monotonic queues. Values must not be NaN.
 */
public final class RollingExtremes {
    private final int window;
    private final Queue highs, lows;
    private long count;

    public RollingExtremes(int window) {
        this.window = window;
        this.highs = new Queue(window);
        this.lows = new Queue(window);
    }

    public void push(double v) {
        long t = count++;
        highs.expire(t - window);
        lows.expire(t - window);
        highs.push(t, v, true);
        lows.push(t, v, false);
    }

    public double max() {
        return highs.front();
    }

    public double min() {
        return lows.front();
    }

    /** Indices and values in a ring, the front the extreme; a value that can never be the extreme is dropped. */
    private static final class Queue {
        private final long[] at;
        private final double[] values;
        private int head, size;

        Queue(int capacity) {
            at = new long[capacity];
            values = new double[capacity];
        }

        void push(long t, double v, boolean highest) {
            while (size > 0) {
                double back = values[wrap(head + size - 1)];
                if (highest ? back > v : back < v) {
                    break;
                }
                size--;
            }
            int slot = wrap(head + size);
            at[slot] = t;
            values[slot] = v;
            size++;
        }

        /** Drops the front while it is at or before {@code last}, the newest index that left the window. */
        void expire(long last) {
            while (size > 0 && at[head] <= last) {
                head = head + 1 == values.length ? 0 : head + 1;
                size--;
            }
        }

        /** An index below twice the capacity, brought into the ring without a remainder. */
        private int wrap(int i) {
            return i >= values.length ? i - values.length : i;
        }

        double front() {
            return values[head];
        }
    }
}
