package io.sparkta.kernels.cycle;

/** The last {@code capacity} values pushed, read back by age, for steps that recompute a short window a bar. */
final class RecentValues {
    private final double[] ring;
    private int newest = -1;

    RecentValues(int capacity) {
        ring = new double[capacity];
    }

    void push(double v) {
        newest = newest + 1 == ring.length ? 0 : newest + 1;
        ring[newest] = v;
    }

    /** The value pushed {@code k} pushes ago (0: the newest), for k below the capacity. */
    double ago(int k) {
        int at = newest - k;
        return ring[at < 0 ? at + ring.length : at];
    }
}
