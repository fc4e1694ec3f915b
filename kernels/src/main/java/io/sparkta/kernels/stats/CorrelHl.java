package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling Pearson correlation of high and low. */
@AutoService(Indicator.class)
public final class CorrelHl extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "window length").sweep(9, 258, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("correl_hl", "High-Low Correlation",
                    Category.STATISTICS)
            .columns("high", "low").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("From running sums of h, l, h^2, l^2 and h*l, seeded four bars at a time and then updated by "
                    + "the entering and leaving bars as VectorTA rounds them; 0 where either variance is not "
                    + "positive. O(1) per bar. A NaN makes the windows holding it NaN; the sums are rebuilt once "
                    + "it has left.")
            .build();

    public CorrelHl() {
        super(SPEC);
    }

    /** The step's sums on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], values = out[0];
        int period = PERIOD.of(p);
        double scale = 1.0 / period;
        CleanRuns.forEachAssumingOne(in, false, first, period, out, offset, (start, full, end) -> {
            double sh = 0.0, sl = 0.0, shh = 0.0, sll = 0.0, shl = 0.0;
            int k = start;
            for (; k + 4 <= start + period; k += 4) {
                double h0 = high[k], h1 = high[k + 1], h2 = high[k + 2], h3 = high[k + 3];
                double l0 = low[k], l1 = low[k + 1], l2 = low[k + 2], l3 = low[k + 3];
                sh += h0 + h1 + h2 + h3;
                sl += l0 + l1 + l2 + l3;
                shh += h0 * h0 + h1 * h1 + h2 * h2 + h3 * h3;
                sll += l0 * l0 + l1 * l1 + l2 * l2 + l3 * l3;
                shl += h0 * l0 + h1 * l1 + h2 * l2 + h3 * l3;
            }
            for (; k < start + period; k++) {
                sh += high[k];
                sl += low[k];
                shh += high[k] * high[k];
                sll += low[k] * low[k];
                shl += high[k] * low[k];
            }
            values[offset + full] = correlation(sh, sl, shh, sll, shl, scale);
            for (int t = full + 1; t < end; t++) {
                double h = high[t], l = low[t], oldH = high[t - period], oldL = low[t - period];
                sh += h - oldH;
                sl += l - oldL;
                shh += h * h - oldH * oldH;
                sll += l * l - oldL * oldL;
                shl = Math.fma(h, l, shl - oldH * oldL);
                values[offset + t] = correlation(sh, sl, shh, sll, shl, scale);
            }
            return Double.isFinite(sh) && Double.isFinite(sl); // a NaN that entered leaves them NaN for good
        });
    }

    /**
     * From the window's sums; 0 where either variance is not positive. One square root of the variances'
     * product where that product is a normal number (a rounding or two from the product of the roots, far
     * inside the reference's tolerance, and half the square roots); the two roots where it would overflow or
     * underflow.
     */
    private static double correlation(double sh, double sl, double shh, double sll, double shl, double scale) {
        double cov = shl - (sh * sl) * scale, varH = shh - (sh * sh) * scale, varL = sll - (sl * sl) * scale;
        if (varH <= 0.0 || varL <= 0.0) {
            return 0.0;
        }
        double product = varH * varL;
        return product >= Double.MIN_NORMAL && product <= Double.MAX_VALUE
                ? cov / Math.sqrt(product) : cov / (Math.sqrt(varH) * Math.sqrt(varL));
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double scale = 1.0 / period;
        Window highs = new Window(period), lows = new Window(period);
        return new Step() {
            private double sh, sl, shh, sll, shl;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1], oldH = highs.push(h), oldL = lows.push(l);
                if (!highs.ready() || !lows.ready()) {
                    out[0] = Double.NaN;
                    return;
                }
                if (highs.fresh() || lows.fresh()) {
                    seed();
                } else {
                    sh += h - oldH;
                    sl += l - oldL;
                    shh += h * h - oldH * oldH;
                    sll += l * l - oldL * oldL;
                    shl = Math.fma(h, l, shl - oldH * oldL);
                }
                out[0] = correlation(sh, sl, shh, sll, shl, scale);
            }

            /** Sums of the window in groups of four bars, then the rest one by one. */
            private void seed() {
                sh = sl = shh = sll = shl = 0.0;
                int k = 0;
                for (; k + 4 <= period; k += 4) {
                    double h0 = highs.get(k), h1 = highs.get(k + 1), h2 = highs.get(k + 2), h3 = highs.get(k + 3);
                    double l0 = lows.get(k), l1 = lows.get(k + 1), l2 = lows.get(k + 2), l3 = lows.get(k + 3);
                    sh += h0 + h1 + h2 + h3;
                    sl += l0 + l1 + l2 + l3;
                    shh += h0 * h0 + h1 * h1 + h2 * h2 + h3 * h3;
                    sll += l0 * l0 + l1 * l1 + l2 * l2 + l3 * l3;
                    shl += h0 * l0 + h1 * l1 + h2 * l2 + h3 * l3;
                }
                for (; k < period; k++) {
                    double hk = highs.get(k), lk = lows.get(k);
                    sh += hk;
                    sl += lk;
                    shh += hk * hk;
                    sll += lk * lk;
                    shl += hk * lk;
                }
            }
        };
    }
}
