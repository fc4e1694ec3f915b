package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Optimized Trend Tracker Oscillator: LOTT, a fast VIDYA of the price over the spread of a slow and a very slow
 * one (plus a correcting constant), and HOTT, the OTT line over LOTT.
 */
@AutoService(Indicator.class)
public final class Otto extends StepIndicator {
    static final ParamSpec.Int OTT_PERIOD = ParamSpec.period("ott_period", 2, 1, "length of HOTT's average")
            .sweep(2, 251, 1);
    static final ParamSpec.Real OTT_PERCENT = ParamSpec.real("ott_percent", 0.6, 0.0, Double.MAX_VALUE,
            "HOTT's stop distance in percent").sweep(0.6, 0.6, 0.0);
    static final ParamSpec.Int FAST = ParamSpec.integer("fast_vidya_length", 10, 1, Integer.MAX_VALUE,
            "multiplies the slow length into the very slow VIDYA's");
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_vidya_length", 25, 2,
            "slow VIDYA length (the fast one has half of it)");
    static final ParamSpec.Real CONSTANT = ParamSpec.real("correcting_constant", 100000.0, -Double.MAX_VALUE,
            Double.MAX_VALUE, "added to the VIDYA spread in LOTT's denominator").sweep(100000.0, 100000.0, 0.0);
    static final ParamSpec.Choice MA_TYPE = OttLine.maType();
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("otto", "Optimized Trend Tracker Oscillator",
                    Category.TREND)
            .source("close").params(OTT_PERIOD, OTT_PERCENT, FAST, SLOW, CONSTANT, MA_TYPE)
            .output("hott", OttLine.warmup(MA_TYPE, OTT_PERIOD)).output("lott", Warmup.none())
            .notes("LOTT = VIDYA(slow / 2) / (VIDYA(slow) - VIDYA(slow * fast) + correcting_constant), the three "
                    + "VIDYAs starting at 0 and sharing |CMO| of the last nine price changes; HOTT is OTT's line "
                    + "over an average of LOTT (VAR by default).")
            .build()
            .deviating(leadingNaNs("hott"), leadingNaNs("lott"));

    public Otto() {
        super(SPEC);
    }

    private static Deviation leadingNaNs(String output) {
        return Deviation.afterLeadingNaNs(output,
                "VectorTA runs OTTO from index 0, reading leading NaNs as 0 and their changes as none: it writes "
                        + "values on the NaN bars and counts them into the nine-change CMO windows, so its output "
                        + "after k leading NaNs is not the shifted one; Sparkta starts at the first valid bar",
                "otto.rs: otto_into_slices loops from 0 with val = 0 for NaN, d = 0 for non-finite changes, and "
                        + "cmo_abs from i >= 9 counted from index 0, whatever the first valid value");
    }

    /** As VectorTA: at least max(slow * fast, 10) values from the first valid one. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid((int) Math.min(Integer.MAX_VALUE, Math.max(10L, (long) SLOW.of(p) * FAST.of(p))), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int slow = SLOW.of(p);
        double[] alphas = {2.0 / (slow / 2 + 1.0), 2.0 / (slow + 1.0), 2.0 / ((double) slow * FAST.of(p) + 1.0)};
        double constant = CONSTANT.of(p);
        OttLine.AbsoluteCmo cmo = new OttLine.AbsoluteCmo();
        SeriesStep average = OttLine.average(MA_TYPE.of(p), OTT_PERIOD.of(p));
        OttLine line = new OttLine(OTT_PERCENT.of(p));
        double[] vidya = new double[3];
        return (bar, out) -> {
            double x = bar[0], c = cmo.next(x), value = Double.isNaN(x) ? 0.0 : x;
            for (int k = 0; k < 3; k++) {
                double a = alphas[k] * c;
                vidya[k] = a * value + (1.0 - a) * vidya[k];
            }
            double lott = vidya[0] / (vidya[1] - vidya[2] + constant);
            out[0] = line.next(average.next(lott));
            out[1] = lott;
        };
    }
}
