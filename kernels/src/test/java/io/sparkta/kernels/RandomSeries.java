package io.sparkta.kernels;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded random OHLC-like inputs for property tests: a random walk with constant runs. */
final class RandomSeries {
    /** Lengths around common vector widths and block sizes, as Lucene's ladder. */
    static final int[] LENGTHS = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 127, 129, 255, 257, 1000,
        4095, 4098};

    private RandomSeries() {
    }

    /** Inputs for an indicator: high above and low below a close-like walk, {@code nanPrefix} NaNs first. */
    static double[][] inputsFor(IndicatorSpec spec, int n, int nanPrefix, SplittableRandom rnd) {
        double[] close = walk(n, rnd);
        double[][] in = new double[spec.inputs().size()][];
        for (int j = 0; j < in.length; j++) {
            String name = spec.inputs().get(j);
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                double spread = Math.abs(close[i]) * 0.01 * rnd.nextDouble();
                s[i] = name.equals("high") ? close[i] + spread : name.equals("low") ? close[i] - spread
                        : name.equals("volume") ? 1000 * rnd.nextDouble() : close[i];
            }
            Arrays.fill(s, 0, Math.min(n, nanPrefix), Double.NaN);
            in[j] = s;
        }
        return in;
    }

    static double[] walk(int n, SplittableRandom rnd) {
        double[] x = new double[n];
        double v = 100 + rnd.nextDouble() * 100;
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(20) != 0) { // about one bar in twenty repeats the last value (constant runs)
                v += rnd.nextGaussian() * 2;
            }
            x[i] = v;
        }
        return x;
    }

    /**
     * Random parameters the indicator accepts on these inputs, or null. Draws again when the indicator rejects
     * a combination the per-parameter ranges cannot express (offset below period, a window that needs more
     * data, an average chosen by name that rejects the period); any other rejection fails the test.
     */
    static double[] validParams(Indicator ind, double[][] in, int valid, SplittableRandom rnd) {
        if (valid <= 0) {
            return null; // every input value is NaN: nothing to compute
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            double[] p = params(ind.spec(), valid, rnd);
            if (p == null) {
                return null;
            }
            if (accepts(ind, in, p)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the indicator accepts the parameters on these inputs; rejections other than cross-parameter ones fail. */
    static boolean accepts(Indicator ind, double[][] in, double[] p) {
        try {
            ind.compute(in, p, Vectorization.SCALAR);
            return true;
        } catch (IndicatorException e) {
            boolean crossParameter = e.kind() == ErrorKind.INVALID_PARAMETER
                    || e.kind() == ErrorKind.NOT_ENOUGH_VALID_DATA || !e.indicator().equals(ind.id());
            if (!crossParameter) {
                throw e;
            }
            return false;
        }
    }

    /** Random parameters within each parameter's range, for a series with {@code valid} values after the first non-NaN one. */
    static double[] params(IndicatorSpec spec, int valid, SplittableRandom rnd) {
        double[] p = spec.defaults();
        for (int i = 0; i < p.length; i++) {
            ParamSpec ps = spec.params().get(i);
            switch (ps.type()) {
                case CHOICE:
                    p[i] = rnd.nextInt(ps.choices().size());
                    break;
                case INT: {
                    long lo = (long) ps.min();
                    long hi = ps.errorKind() == ErrorKind.INVALID_PERIOD ? Math.min(valid - 1L, 64)
                            : Math.min((long) ps.max(), lo + 64);
                    if (hi < lo) {
                        return null;
                    }
                    p[i] = lo + rnd.nextLong(hi - lo + 1);
                    break;
                }
                default: {
                    double lo = ps.minExclusive() ? ps.min() + 0.05 : ps.min();
                    double hi = Math.min(ps.max(), lo + 10);
                    p[i] = lo + rnd.nextDouble() * (hi - lo);
                }
            }
        }
        return p;
    }
}
