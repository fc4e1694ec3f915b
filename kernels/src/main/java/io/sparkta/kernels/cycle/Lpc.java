package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.List;

/**
 * The Low-Pass Channel: a one-pole low-pass of the source whose cutoff follows the dominant cycle (or a fixed
 * period), with bands at {@code tr_mult} times the true range passed through the same filter.
 */
@AutoService(Indicator.class)
public final class Lpc extends StepIndicator {
    static final ParamSpec.Choice CUTOFF_TYPE = ParamSpec.choice("cutoff_type", "adaptive",
            List.of("adaptive", "fixed"), "cutoff from the dominant cycle, or fixed_period");
    static final ParamSpec.Int FIXED_PERIOD = ParamSpec.period("fixed_period", 20, 1,
            "cutoff period when fixed, and before the dominant cycle is known").sweep(20, 269, 1);
    static final ParamSpec.Int MAX_CYCLE_LIMIT = ParamSpec.integer("max_cycle_limit", 60, 0, Integer.MAX_VALUE,
            "longest cycle the discriminator looks for");
    static final ParamSpec.Real CYCLE_MULT = ParamSpec.real("cycle_mult", 1.0, 0, Double.MAX_VALUE,
            "multiplier of the dominant cycle").sweep(1.0, 1.0, 0);
    static final ParamSpec.Real TR_MULT = ParamSpec.real("tr_mult", 1.0, 0, Double.MAX_VALUE,
            "band width in filtered true ranges").sweep(1.0, 1.0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("lpc", "Low Pass Channel", Category.CYCLE)
            .source("close").columns("high", "low", "close")
            .params(CUTOFF_TYPE, FIXED_PERIOD, MAX_CYCLE_LIMIT, CYCLE_MULT, TR_MULT)
            .outputs(Warmup.none(), "filter", "high_band", "low_band")
            .notes("filter = a f' + (1 - a) (x + x') / 2 with a = (1 - sin w) / cos w, w = 2 pi / p, started at the "
                    + "first source value; the true range (high - low on the first bar, then the largest of high - "
                    + "low, |close - low'|, |close - high'|) goes through the same filter, and the bands are filter "
                    + "+- tr_mult times it. Adaptive p = max(3, round(cycle_mult dc)), dc the homodyne dominant "
                    + "cycle (0.25 / 0.75 smoothed; NaN for the first seven bars, where p = fixed_period). "
                    + "O(max_cycle_limit) per bar for the cycle. VectorTA does not check cycle_mult and tr_mult; "
                    + "here they are at least 0.")
            .build()
            .deviating(afterLeadingNaNs("filter"), afterLeadingNaNs("high_band"), afterLeadingNaNs("low_band"));

    public Lpc() {
        super(SPEC);
    }

    /** As VectorTA: two valid bars at least. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(2, n, first);
    }

    @Override
    protected Step start(double[] p) {
        boolean adaptive = CUTOFF_TYPE.of(p).equals("adaptive");
        int fixed = FIXED_PERIOD.of(p);
        double cycleMult = CYCLE_MULT.of(p), trMult = TR_MULT.of(p);
        DominantCycle cycle = new DominantCycle(MAX_CYCLE_LIMIT.of(p));
        return new Step() {
            private double x1, high1, low1, filter, trueRange, filteredRange, alpha = alpha(fixed);
            private int bars, period = fixed;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], high = bar[1], low = bar[2], close = bar[3];
                double dc = adaptive ? cycle.next(x) : Double.NaN;
                if (bars++ == 0) {
                    filter = x;
                    trueRange = high - low;
                    filteredRange = trueRange;
                } else {
                    int p = Double.isNaN(dc) ? fixed : (int) Math.max(Math.round(dc * cycleMult), 3);
                    if (p != period) {
                        period = p;
                        alpha = alpha(p);
                    }
                    double half = 0.5 * (1.0 - alpha);
                    filter = Math.fma(alpha, filter, half * (x + x1));
                    double range = Math.max(Math.max(high - low, Math.abs(close - low1)), Math.abs(close - high1));
                    filteredRange = Math.fma(alpha, filteredRange, half * (range + trueRange));
                    trueRange = range;
                }
                x1 = x;
                high1 = high;
                low1 = low;
                out[0] = filter;
                out[1] = filter + filteredRange * trMult;
                out[2] = filter - filteredRange * trMult;
            }
        };
    }

    private static Deviation afterLeadingNaNs(String output) {
        return Deviation.afterLeadingNaNs(output, "k leading NaNs give k NaNs and then the output on the rest; "
                        + "VectorTA starts the filter at the first valid bar but measures the dominant cycle from "
                        + "index 0, so the leading NaNs leave the adaptive cutoff wrong for good.",
                "lpc_scalar starts out_filter at first, but dom_cycle(src, ...) runs over the whole source from index "
                        + "0: the NaNs enter the in-phase recursion for good, no cycle is ever found, the cycle stays "
                        + "0 and the cutoff period 3 whatever the data.");
    }

    private static double alpha(int period) {
        double w = 2.0 * Math.PI / period;
        return (1.0 - Math.sin(w)) / Math.cos(w);
    }
}
