package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Fractal Adaptive Moving Average (Ehlers, with slow and fast constants sc and fc): the fractal dimension D
 * of the last window bars' high-low ranges (two halves against the whole) sets
 * alpha = exp(ln(2 / (sc + 1)) (D - 1)), mapped through the sc/fc lengths and kept in [2 / (sc + 1), 1].
 */
@AutoService(Indicator.class)
public final class Frama extends BarRecursion {
    /** VectorTA's floor on the raw alpha before the sc/fc mapping (Ehlers' original uses 0.01). */
    private static final double RAW_ALPHA_FLOOR = 0.1;

    private static final ParamSpec.Int WINDOW = ParamSpec.period("window", 10, 1,
            "fractal window; an odd window is rounded up to even").sweep(10, 259, 1);
    private static final ParamSpec.Int SC = ParamSpec.integer("sc", 300, 1, Integer.MAX_VALUE,
            "slow constant (longest EMA length)").sweep(300, 300, 0);
    private static final ParamSpec.Int FC = ParamSpec.integer("fc", 1, 1, Integer.MAX_VALUE,
            "fast constant (shortest EMA length)").sweep(1, 1, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("frama", "Fractal Adaptive Moving Average",
                    Category.MOVING_AVERAGE)
            .columns("high", "low", "close").params(WINDOW, SC, FC)
            .output("values", Warmup.of(WINDOW).plus(Warmup.custom("window % 2", p -> WINDOW.of(p) & 1)).plus(-1))
            .notes("As VectorTA: the alpha from the window ending at a bar applies to the next bar's close, the raw "
                    + "alpha is floored at 0.1, and a window with a zero range keeps the previous dimension (1 "
                    + "before any). The first output is the mean of the window's closes. A NaN after the first "
                    + "valid bar makes later outputs NaN.")
            .build();

    public Frama() {
        super(SPEC);
    }

    private static int evenWindow(double[] p) {
        int w = WINDOW.of(p);
        return w + (w & 1);
    }

    @Override
    protected Step start(double[] p) {
        int window = evenWindow(p), half = window / 2;
        double sc = SC.of(p), fc = FC.of(p);
        double w = Math.log(2.0 / (sc + 1.0)), minAlpha = 2.0 / (sc + 1.0);
        return new Step() {
            private final double[] highs = new double[window], lows = new double[window];
            private long t;
            private int at = -1; // the newest bar's slot (slots wrap by comparison, not remainder)
            private double dimension = 1.0, alpha, frama, closes;

            @Override
            public double next(double[] bar) {
                double high = bar[0], low = bar[1], close = bar[2];
                at = at == window - 1 ? 0 : at + 1;
                highs[at] = high;
                lows[at] = low;
                if (++t <= window) {
                    closes += close; // the seed is the mean of the first window's closes
                }
                if (t < window) {
                    return Double.NaN;
                }
                frama = t == window ? closes / window : alpha * close + (1.0 - alpha) * frama;
                alpha = nextAlpha(at);
                return frama;
            }

            /** The alpha for the next bar, from the window ending at slot {@code newest}. */
            private double nextAlpha(int newest) {
                double h1 = Double.NEGATIVE_INFINITY, l1 = Double.POSITIVE_INFINITY;
                double h2 = Double.NEGATIVE_INFINITY, l2 = Double.POSITIVE_INFINITY;
                for (int k = 0, slot = newest; k < window; k++, slot = slot == 0 ? window - 1 : slot - 1) {
                    if (k < half) {
                        h1 = Math.max(h1, highs[slot]);
                        l1 = Math.min(l1, lows[slot]);
                    } else {
                        h2 = Math.max(h2, highs[slot]);
                        l2 = Math.min(l2, lows[slot]);
                    }
                }
                double n1 = (h1 - l1) / half, n2 = (h2 - l2) / half;
                double n3 = (Math.max(h1, h2) - Math.min(l1, l2)) / window;
                if (n1 > 0.0 && n2 > 0.0 && n3 > 0.0) {
                    dimension = (Math.log(n1 + n2) - Math.log(n3)) / Math.log(2.0);
                }
                double raw = Math.min(Math.max(Math.exp(w * (dimension - 1.0)), RAW_ALPHA_FLOOR), 1.0);
                double oldN = (2.0 - raw) / raw;
                double n = sc == 1.0 ? fc : (sc - fc) * (oldN - 1.0) / (sc - 1.0) + fc;
                return Math.min(Math.max(2.0 / (n + 1.0), minAlpha), 1.0);
            }
        };
    }
}
