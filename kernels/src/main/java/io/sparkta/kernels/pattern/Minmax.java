package io.sparkta.kernels.pattern;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Local minima and maxima: a bar's low (high) strictly below (above) the lows (highs) of the order bars on each
 * side. Deciding a bar needs the order bars after it, so the single and batch calls read ahead, and the stream
 * gives each bar's values order bars later ({@link IndicatorSpec#lookahead(double[])}).
 */
@AutoService(Indicator.class)
public final class Minmax extends Indicator {
    static final ParamSpec.Int ORDER = ParamSpec.period("order", 3, 1,
            "bars on each side that an extremum must exceed").sweep(3, 252, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("minmax", "Local minima and maxima",
                    Category.PATTERN)
            .columns("high", "low").params(ORDER)
            .outputs(Warmup.of(ORDER), "is_min", "is_max", "last_min", "last_max")
            .lookahead(ORDER)
            .notes("is_min is the low of a bar whose high and low are finite and whose low is below the finite lows "
                    + "of the order bars before and after it, else NaN; is_max likewise with the highs. last_min and "
                    + "last_max carry the latest of them forward (NaN before the first). The last order bars are "
                    + "undecided (NaN). The stream gives a bar's values when the order bars after it have come, so its "
                    + "output at bar t is the single call's at bar t - order, as VectorTA's stream does. A series "
                    + "needs order valid values (fewer is an error; exactly order gives NaNs), as in VectorTA.")
            .build();

    public Minmax() {
        super(SPEC);
    }

    /** VectorTA's checks: the order fits the data and as many values follow the first valid one. */
    @Override
    protected void checkData(int n, int first, double[] params) {
        requireWindow(ORDER, params, n, first);
    }

    @Override
    public boolean computesInPlace(double[] params) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] params, Vectorization vectorization,
                                 DoubleMemory[] out) {
        int order = ORDER.of(params);
        Extrema extrema = new Extrema(order);
        double[] values = new double[out.length];
        for (int t = first + order; t < n; t++) {
            extrema.decide(in[0], in[1], t, t + order < n, values);
            for (int o = 0; o < values.length; o++) {
                out[o].put(t, values[o]);
            }
        }
    }

    /**
     * Keeps the last 2 order + 1 bars twice over in a ring of twice that length, so that they always lie side by
     * side, and decides the middle one.
     */
    @Override
    protected IndicatorStream newStream(double[] params) {
        int order = ORDER.of(params), width = 2 * order + 1;
        double[] highs = new double[2 * width], lows = new double[2 * width];
        DoubleMemory high = DoubleMemory.of(highs, 0, 0, highs.length), low = DoubleMemory.of(lows, 0, 0, lows.length);
        Extrema extrema = new Extrema(order);
        return new IndicatorStream() {
            private long seen;

            @Override
            protected void accept(double[] bar, double[] out) {
                int slot = (int) (seen++ % width);
                highs[slot] = highs[slot + width] = bar[0];
                lows[slot] = lows[slot + width] = bar[1];
                if (seen < width) {
                    java.util.Arrays.fill(out, Double.NaN); // bars before the first decidable one
                    return;
                }
                int oldest = (int) (seen % width);
                extrema.decide(high, low, oldest + order, true, out);
            }
        };
    }

    /** The extremum test and the latest extrema found, shared by the whole-series kernel and the stream. */
    private static final class Extrema {
        private final int order;
        private double lastMin = Double.NaN;
        private double lastMax = Double.NaN;

        Extrema(int order) {
            this.order = order;
        }

        /**
         * Writes is_min, is_max, last_min, last_max for bar c, whose order bars before it are at or after the
         * first valid bar; {@code decidable}: the order bars after it exist.
         */
        void decide(DoubleMemory high, DoubleMemory low, int c, boolean decidable, double[] out) {
            double h = high.get(c), l = low.get(c), min = Double.NaN, max = Double.NaN;
            if (decidable && Double.isFinite(h) && Double.isFinite(l)) {
                min = beyondNeighbours(low, c, true) ? l : Double.NaN;
                max = beyondNeighbours(high, c, false) ? h : Double.NaN;
            }
            lastMin = Double.isNaN(min) ? lastMin : min;
            lastMax = Double.isNaN(max) ? lastMax : max;
            out[0] = min;
            out[1] = max;
            out[2] = lastMin;
            out[3] = lastMax;
        }

        /** Whether series[c] is strictly below (or above) every one of its 2 order neighbours, all finite. */
        private boolean beyondNeighbours(DoubleMemory series, int c, boolean below) {
            double x = series.get(c);
            for (int o = 1; o <= order; o++) {
                double before = series.get(c - o), after = series.get(c + o);
                boolean beyond = below ? x < before && x < after : x > before && x > after;
                if (!beyond || !Double.isFinite(before) || !Double.isFinite(after)) {
                    return false;
                }
            }
            return true;
        }
    }
}
