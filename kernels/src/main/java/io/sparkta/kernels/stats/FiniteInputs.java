package io.sparkta.kernels.stats;

import io.sparkta.kernels.memory.DoubleMemory;

/**
 * The check of the array kernels that keep running sums or window extremes without the NaN (and infinity)
 * rules of their steps: they serve series whose values are all finite and leave the others to the steps.
 */
public final class FiniteInputs {
    private FiniteInputs() {
    }

    /** Whether every input from first on is finite. */
    public static boolean from(double[][] in, int first) {
        for (double[] series : in) {
            for (int t = first; t < series.length; t++) {
                if (!Double.isFinite(series[t])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every value of x at [first, n) is finite. */
    public static boolean from(DoubleMemory x, int first, int n) {
        for (int t = first; t < n; t++) {
            if (!Double.isFinite(x.get(t))) {
                return false;
            }
        }
        return true;
    }
}
