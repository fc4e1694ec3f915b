package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' Empirical Mode Decomposition: a band-pass of the median price; its mean over 2 period bars is the
 * trend ({@code middleband}), and the means over 50 bars of a fraction of its last peak and last valley are the
 * thresholds ({@code upperband}, {@code lowerband}).
 */
@AutoService(Indicator.class)
public final class Emd extends StepIndicator {
    /** Bars of the peak and valley averages. */
    private static final int BANDS = 50;
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "centre period of the band")
            .sweep(20, 269, 1);
    static final ParamSpec.Real DELTA = ParamSpec.real("delta", 0.5, 0, Double.MAX_VALUE, "half-width of the band")
            .sweep(0.5, 0.5, 0);
    static final ParamSpec.Real FRACTION = ParamSpec.real("fraction", 0.1, 0, Double.MAX_VALUE,
            "share of the peaks and valleys in the thresholds").sweep(0.1, 0.1, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("emd", "Empirical Mode Decomposition",
                    Category.CYCLE)
            .columns("high", "low").params(PERIOD, DELTA, FRACTION)
            .output("upperband", Warmup.bars(BANDS - 1))
            .output("middleband", Warmup.of(PERIOD).plus(PERIOD).plus(-1))
            .output("lowerband", Warmup.bars(BANDS - 1))
            .notes("bp = (1 - a) / 2 (p - p'') + b (1 + a) bp' - a bp'' on p = (high + low) / 2, with b = cos(2 pi / "
                    + "period), g = 1 / cos(4 pi delta / period), a = g - sqrt(g^2 - 1); its first two values are "
                    + "the prices. A peak (valley) is a bp above (below) both neighbours, taken a bar late; both "
                    + "start at the first price. Running sums: O(1) per bar. VectorTA rejects fewer than max(2 period, "
                    + "50) valid values; here the middle band's warm-up is enough (the bands are NaN until 50). VectorTA "
                    + "only asks delta and fraction to be finite; here they are at least 0.")
            .build();

    public Emd() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), trend = 2 * period;
        double fraction = FRACTION.of(p), twoPi = 2.0 * Math.PI;
        double beta = Math.cos(twoPi / period), gamma = 1.0 / Math.cos(twoPi * 2.0 * DELTA.of(p) / period);
        double alpha = gamma - Math.sqrt(gamma * gamma - 1.0), gain = 0.5 * (1.0 - alpha);
        double feedback = beta * (1.0 + alpha), invBands = 1.0 / BANDS, invTrend = 1.0 / trend;
        double[] peaks = new double[BANDS], valleys = new double[BANDS], bands = new double[trend];
        return new Step() {
            private double price1, price2, bp1, bp2, peak, valley, sumUp, sumLow, sumMid;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double price = (bar[0] + bar[1]) * 0.5;
                int k = bars++;
                if (k == 0) {
                    price1 = price2 = bp1 = bp2 = peak = valley = price;
                }
                double bp = price;
                if (k >= 2) {
                    bp = gain * (price - price2) + feedback * bp1 - alpha * bp2;
                    if (bp1 > bp && bp1 > bp2) {
                        peak = bp1;
                    }
                    if (bp1 < bp && bp1 < bp2) {
                        valley = bp1;
                    }
                }
                double sp = peak * fraction, sv = valley * fraction;
                int u = k % BANDS, m = k % trend;
                sumUp += sp - peaks[u];
                sumLow += sv - valleys[u];
                sumMid += bp - bands[m];
                peaks[u] = sp;
                valleys[u] = sv;
                bands[m] = bp;
                out[0] = sumUp * invBands;
                out[1] = sumMid * invTrend;
                out[2] = sumLow * invBands;
                bp2 = bp1;
                bp1 = bp;
                price2 = price1;
                price1 = price;
            }
        };
    }
}
