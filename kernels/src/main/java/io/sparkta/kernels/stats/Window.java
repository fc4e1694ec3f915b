package io.sparkta.kernels.stats;

/**
 * The last {@code length} values of a series in a ring, for steps that keep running sums over a window: it
 * says when the window is full and NaN-free ({@link #ready}) and when it has just become so ({@link #fresh}),
 * which is when the sums are (re)built from the window; otherwise they are updated with the value that left.
 */
public final class Window {
    private final double[] ring;
    private int head; // the slot of the oldest value once full, the next to be overwritten
    private long clean; // values pushed since the last NaN
    private boolean ready, fresh;

    public Window(int length) {
        ring = new double[length];
    }

    /** Pushes {@code x} and returns the value that left the window (0 while it was filling). */
    public double push(double x) {
        double leaving = ring[head];
        ring[head] = x;
        head = head + 1 == ring.length ? 0 : head + 1;
        clean = Double.isNaN(x) ? 0 : clean + 1;
        boolean was = ready;
        ready = clean >= ring.length;
        fresh = ready && !was;
        return leaving;
    }

    /** Whether the last {@code length} values are all non-NaN. */
    public boolean ready() {
        return ready;
    }

    /** Whether the window became ready with the last push (its first full window, or the first after a NaN). */
    public boolean fresh() {
        return fresh;
    }

    /** The k-th oldest value of a full window, 0 the oldest. */
    public double get(int k) {
        int at = head + k;
        return ring[at >= ring.length ? at - ring.length : at];
    }

    /** The newest value, {@code get(length - 1)}. */
    public double newest() {
        return ring[head == 0 ? ring.length - 1 : head - 1];
    }

    /** The sum of a full window, added oldest first. */
    public double sum() {
        double s = 0.0;
        for (int k = 0; k < ring.length; k++) {
            s += get(k);
        }
        return s;
    }

    public int length() {
        return ring.length;
    }
}
