package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

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
                    double trueRange = Math.max(Math.max(h - l, Math.abs(h - prevClose)), Math.abs(l - prevClose));
                    double up = h - prevHigh, down = prevLow - l;
                    double plusDm = up > down && up > 0 ? up : 0, minusDm = down > up && down > 0 ? down : 0;
                    // the first period movements are summed as they are: the seed of the smoothing
                    boolean seeding = bars <= period + 1;
                    tr = seeding ? tr + trueRange : tr * keep + trueRange;
                    plus = seeding ? plus + plusDm : plus * keep + plusDm;
                    minus = seeding ? minus + minusDm : minus * keep + minusDm;
                    if (bars > period) {
                        double dx = dx();
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

            private double dx() {
                double plusDi = tr != 0 ? plus / tr * 100.0 : 0, minusDi = tr != 0 ? minus / tr * 100.0 : 0;
                double sum = plusDi + minusDi;
                return sum != 0 ? Math.abs(plusDi - minusDi) / sum * 100.0 : 0;
            }
        };
    }
}
