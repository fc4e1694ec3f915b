package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.WeightedWindow;

/**
 * Hull Moving Average: WMA(2 WMA(x, period / 2) - WMA(x, period), floor(sqrt(period))). The three weighted
 * windows run on the SIMD kernel, in place on off-heap series.
 */
@AutoService(Indicator.class)
public final class Hma extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 5, 2, "window length").sweep(5, 254, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("hma", "Hull Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(PERIOD)
            .output("values", Warmup.of(PERIOD).plus(Warmup.custom("floor(sqrt(period))", Hma::root)).plus(-2))
            .notes("A NaN inside any of the windows makes that output NaN; outputs recover once it has left.")
            .build();

    public Hma() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    private static int root(double[] p) {
        return (int) Math.floor(Math.sqrt(PERIOD.of(p)));
    }

    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    /** Reads the series and writes the result in place, the inner averages in the window's intermediates. */
    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        int period = PERIOD.of(p), start = first + period - 1;
        double[] half = WeightedAverage.linear(period / 2), full = WeightedAverage.linear(period);
        double[] last = WeightedAverage.linear(root(p));
        WeightedWindow window = WeightedWindow.of(vectorization);
        try (WeightedWindow.Intermediates inner = window.intermediates(in[0], 2, n)) {
            DoubleMemory a = inner.series()[0], b = inner.series()[1];
            window.apply(in[0], half, 1.0 / WeightedAverage.sum(half), start, n, a);
            window.apply(in[0], full, 1.0 / WeightedAverage.sum(full), start, n, b);
            double[] heapA = a.array(), heapB = b.array();
            if (heapA != null && heapB != null) { // a plain array loop, which the JIT vectorises
                int shiftA = a.arrayIndex(0), shiftB = b.arrayIndex(0);
                for (int t = start; t < n; t++) {
                    heapA[shiftA + t] = 2.0 * heapA[shiftA + t] - heapB[shiftB + t];
                }
            } else {
                for (int t = start; t < n; t++) {
                    a.put(t, 2.0 * a.get(t) - b.get(t));
                }
            }
            window.apply(a, last, 1.0 / WeightedAverage.sum(last), first + warmup(p), n, out[0]);
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        int period = PERIOD.of(p);
        WeightedAverage.WindowStream half = new WeightedAverage.WindowStream(WeightedAverage.linear(period / 2), period - 1);
        WeightedAverage.WindowStream full = WeightedAverage.linearWindow(period);
        WeightedAverage.WindowStream last = WeightedAverage.linearWindow(root(p));
        return new IndicatorStream.OfSeries() {
            private long seen;

            @Override
            protected double next(double value) {
                double a = half.next(value), b = full.next(value);
                return seen++ < period - 1 ? Double.NaN : last.next(2.0 * a - b);
            }
        };
    }
}
