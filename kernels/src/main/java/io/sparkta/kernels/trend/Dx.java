package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.TrueRangeScan;

/** Wilder's Directional Movement Index: the spread of +DI and -DI over their sum, in percent. */
@AutoService(Indicator.class)
public final class Dx extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dx", "Directional Movement Index",
                    Category.TREND)
            .columns("high", "low", "close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("Movement and true range are summed over the period - 1 bars after the first, then smoothed "
                    + "by x = x - x / period + new. Where +DI + -DI is 0 the seed is 0 and later bars repeat the "
                    + "previous value; a bar with a NaN repeats it too (and its successor has no movement).")
            .build();

    public Dx() {
        super(SPEC);
    }

    /**
     * The step on arrays, without a call per bar, where the bars from {@code first} on hold no NaN; with one, the
     * step (whose gaps repeat the previous value) runs instead.
     */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], values = out[0];
        for (int t = first; t < close.length; t++) {
            if (Double.isNaN(high[t]) || Double.isNaN(low[t]) || Double.isNaN(close[t])) {
                super.computeSeries(in, first, p, vectorization, out, offset);
                return;
            }
        }
        int period = PERIOD.of(p), seeded = first + period - 1;
        double pd = period, plus = 0.0, minus = 0.0, range = 0.0;
        for (int t = first + 1; t <= seeded; t++) {
            double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
            plus += Movement.plusMove(up, down);
            minus += Movement.minusMove(up, down);
            range += TrueRangeScan.trueRange(high[t], low[t], close[t - 1]);
        }
        double dx = period > 1 ? seedDx(plus, minus, range) : Double.NaN; // with period 1 no movement is summed
        values[offset + seeded] = dx;
        for (int t = seeded + 1; t < close.length; t++) {
            double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
            plus = plus - plus / pd + Movement.plusMove(up, down);
            minus = minus - minus / pd + Movement.minusMove(up, down);
            range = range - range / pd + TrueRangeScan.trueRange(high[t], low[t], close[t - 1]);
            dx = smoothedDx(plus, minus, range, dx);
            values[offset + t] = dx;
        }
    }

    /** The seed divides as it is, however small the range. */
    private static double seedDx(double plus, double minus, double range) {
        double plusDi = plus / range * 100.0, minusDi = minus / range * 100.0;
        double sum = plusDi + minusDi;
        return sum != 0 ? 100.0 * (Math.abs(plusDi - minusDi) / sum) : 0;
    }

    /** DX of the smoothed sums; {@code previous} where +DI + -DI is 0. */
    private static double smoothedDx(double plus, double minus, double range, double previous) {
        double plusDi = range != 0 ? plus / range * 100.0 : 0;
        double minusDi = range != 0 ? minus / range * 100.0 : 0;
        double sum = plusDi + minusDi;
        return sum != 0 ? 100.0 * (Math.abs(plusDi - minusDi) / sum) : previous;
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double pd = period;
        Movement move = new Movement();
        return new Step() {
            private double plus, minus, range, dx = Double.NaN;
            private int moves;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], c = bar[2];
                boolean gap = Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c);
                if (!move.next(h, l, c) || gap) {
                    out[0] = dx;
                    return;
                }
                if (++moves < period) {
                    plus += move.plus;
                    minus += move.minus;
                    range += move.range;
                    if (moves == period - 1) {
                        dx = seedDx(plus, minus, range);
                    }
                } else {
                    plus = plus - plus / pd + move.plus;
                    minus = minus - minus / pd + move.minus;
                    range = range - range / pd + move.range;
                    dx = smoothedDx(plus, minus, range, dx);
                }
                out[0] = dx;
            }
        };
    }
}
