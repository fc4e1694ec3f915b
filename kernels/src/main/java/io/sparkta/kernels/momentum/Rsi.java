package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.FiniteInputs;
import io.sparkta.kernels.vector.LinearScan;
import io.sparkta.kernels.vector.Shares;

/** Wilder's Relative Strength Index: the average gain's share of the average absolute change, in percent. */
@AutoService(Indicator.class)
public final class Rsi extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("rsi", "Relative Strength Index", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD))
            .notes("Seeded with the mean gain and loss of the first period changes, then Wilder's smoothing "
                    + "(alpha = 1 / period). 50 where gains and losses are both zero (TA-Lib gives 0).")
            .build();

    public Rsi() {
        super(SPEC);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    /**
     * The step's arithmetic over the arrays, for the single and batch calls on finite series: a chunk's gains and
     * losses ({@code max(change, 0)} and {@code max(-change, 0)}, the step's values without a branch on the
     * change's sign, which a price series makes unpredictable) go to two scratch arrays, each average is scanned
     * from them by {@link LinearScan}'s kernel, then {@link Shares} writes the strengths. Other series run the step.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (!FiniteInputs.from(in, first)) {
            super.computeSeries(in, first, p, vectorization, out, offset);
            return;
        }
        double[] x = in[0], values = out[0];
        int n = x.length, period = PERIOD.of(p), seeded = first + period;
        double alpha = 1.0 / period, gain = 0, loss = 0;
        for (int t = first + 1; t <= seeded; t++) {
            double change = x[t] - x[t - 1];
            gain += Math.max(change, 0.0);
            loss += Math.max(-change, 0.0);
        }
        gain *= alpha;
        loss *= alpha;
        values[offset + seeded] = Shares.percent(gain, loss);
        LinearScan.Coefficients k = coefficients(period);
        Shares shares = Shares.of(vectorization);
        int size = LinearScan.Chunks.SIZE;
        double[] ups = new double[size], downs = new double[size], gains = new double[size], losses = new double[size];
        for (int start = seeded + 1; start < n; start += size) {
            int count = Math.min(size, n - start);
            for (int i = 0; i < count; i++) {
                double change = x[start + i] - x[start + i - 1];
                ups[i] = Math.max(change, 0.0);
                downs[i] = Math.max(-change, 0.0);
            }
            gain = LinearScan.scan(vectorization, k, gain, ups, 0, gains, 0, count);
            loss = LinearScan.scan(vectorization, k, loss, downs, 0, losses, 0, count);
            shares.percent(gains, losses, count, values, offset + start);
        }
    }

    /** Wilder's smoothing: {@code a = 1 - 1 / period}, {@code b = 1 / period}. */
    private static LinearScan.Coefficients coefficients(int period) {
        double alpha = 1.0 / period;
        return new LinearScan.Coefficients(1.0 - alpha, alpha);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double alpha = 1.0 / period;
        LinearScan.Coefficients k = coefficients(period);
        return new Step() {
            private double previous, gain, loss;
            private int bars;
            private LinearScan.Step gains, losses;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], change = x - previous;
                previous = x;
                if (bars++ == 0) {
                    return; // no change yet
                }
                double up = change > 0 ? change : 0, down = change < 0 ? -change : 0;
                if (bars <= period + 1) {
                    // a NaN inside the seed leaves the whole series NaN, as VectorTA does
                    gain += Double.isNaN(change) ? Double.NaN : up;
                    loss += down;
                    if (bars == period + 1) {
                        gain *= alpha;
                        loss *= alpha;
                        gains = new LinearScan.Step(k, gain);
                        losses = new LinearScan.Step(k, loss);
                    }
                } else {
                    gain = gains.next(up);
                    loss = losses.next(down);
                }
                out[0] = Shares.percent(gain, loss);
            }
        };
    }
}
