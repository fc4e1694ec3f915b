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

/** Wilder's Average Directional Index: the smoothed spread between the directional indicators +DI and -DI. */
@AutoService(Indicator.class)
public final class Adx extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("adx", "Average Directional Index (Wilder)",
                    Category.TREND)
            .columns("high", "low", "close").params(PERIOD)
            .output("values", Warmup.of(PERIOD).plus(PERIOD).plus(-1))
            .notes("True range and directional movement start at the second bar; their first period values are "
                    + "summed, then smoothed by x = x (1 - 1/period) + new. DX is the mean of its first period "
                    + "values, then Wilder's smoothing. DI and DX are 0 where their denominators are 0.")
            .build();

    public Adx() {
        super(SPEC);
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], close = in[2], values = out[0];
        int period = PERIOD.of(p), n = close.length;
        double rp = 1.0 / period, keep = 1.0 - rp, older = period - 1.0;
        int seeded = first + period, adxFrom = seeded + period - 1; // the last summed movement; the first ADX
        double tr = 0.0, plus = 0.0, minus = 0.0;
        for (int t = first + 1; t <= seeded; t++) {
            double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
            tr += TrueRangeScan.trueRange(high[t], low[t], close[t - 1]);
            plus += Movement.plusMove(up, down);
            minus += Movement.minusMove(up, down);
        }
        double dxSum = 0.0, adx = 0.0;
        for (int t = seeded; t < n; t++) {
            if (t > seeded) {
                double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
                tr = tr * keep + TrueRangeScan.trueRange(high[t], low[t], close[t - 1]);
                plus = plus * keep + Movement.plusMove(up, down);
                minus = minus * keep + Movement.minusMove(up, down);
            }
            double dx = dx(tr, plus, minus);
            if (t < adxFrom) {
                dxSum += dx;
                continue;
            }
            adx = t == adxFrom ? (dxSum + dx) * rp : (adx * older + dx) * rp;
            values[offset + t] = adx;
        }
    }

    private static double dx(double tr, double plus, double minus) {
        double plusDi = tr != 0 ? plus / tr * 100.0 : 0, minusDi = tr != 0 ? minus / tr * 100.0 : 0;
        double sum = plusDi + minusDi;
        return sum != 0 ? Math.abs(plusDi - minusDi) / sum * 100.0 : 0;
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double rp = 1.0 / period, keep = 1.0 - rp, older = period - 1.0;
        return new Step() {
            private double prevHigh, prevLow, prevClose, tr, plus, minus, dxSum, adx;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1];
                if (bars++ > 0) {
                    double up = h - prevHigh, down = prevLow - l;
                    // the first period movements are summed as they are: the seed of the smoothing
                    boolean seeding = bars <= period + 1;
                    double trueRange = TrueRangeScan.trueRange(h, l, prevClose);
                    tr = seeding ? tr + trueRange : tr * keep + trueRange;
                    plus = seeding ? plus + Movement.plusMove(up, down) : plus * keep + Movement.plusMove(up, down);
                    minus = seeding ? minus + Movement.minusMove(up, down) : minus * keep + Movement.minusMove(up, down);
                    if (bars > period) {
                        double dx = dx(tr, plus, minus);
                        int dxCount = bars - period; // DX values seen, this one included
                        if (dxCount < period) {
                            dxSum += dx;
                        } else if (dxCount == period) {
                            adx = (dxSum + dx) * rp;
                        } else {
                            adx = (adx * older + dx) * rp;
                        }
                        out[0] = adx;
                    }
                }
                prevHigh = h;
                prevLow = l;
                prevClose = bar[2];
            }
        };
    }
}
