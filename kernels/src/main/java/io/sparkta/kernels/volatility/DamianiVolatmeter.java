package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.TrueRangeScan;

/**
 * Damiani's Volatmeter: {@code vol}, a short ATR over a long one plus half its own change over two bars, and
 * {@code anti}, the threshold less the ratio of a short to a long standard deviation of the source; trade
 * while vol is above anti.
 */
@AutoService(Indicator.class)
public final class DamianiVolatmeter extends StepIndicator {
    static final ParamSpec.Int VIS_ATR = ParamSpec.period("vis_atr", 13, 1, "short (viscosity) ATR length")
            .sweep(13, 262, 1);
    static final ParamSpec.Int VIS_STD = ParamSpec.period("vis_std", 20, 1, "short standard deviation window")
            .sweep(20, 20, 0);
    static final ParamSpec.Int SED_ATR = ParamSpec.period("sed_atr", 40, 1, "long (sedimentation) ATR length")
            .sweep(40, 40, 0);
    static final ParamSpec.Int SED_STD = ParamSpec.period("sed_std", 100, 1, "long standard deviation window")
            .sweep(100, 100, 0);
    static final ParamSpec.Real THRESHOLD = ParamSpec.real("threshold", 1.4, 0, Double.MAX_VALUE,
            "level the deviation ratio is taken from").sweep(1.4, 1.4, 0);
    private static final Warmup WARMUP = Warmup.max(Warmup.of(VIS_ATR), Warmup.of(VIS_STD), Warmup.of(SED_ATR),
            Warmup.of(SED_STD), Warmup.bars(3));
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("damiani_volatmeter", "Damiani Volatmeter",
                    Category.VOLATILITY)
            .source("close").columns("high", "low", "close")
            .params(VIS_ATR, VIS_STD, SED_ATR, SED_STD, THRESHOLD).outputs(WARMUP, "vol", "anti")
            .notes("True ranges are 0 on the first bar; each ATR is the mean of its first length true ranges, then "
                    + "Wilder's smoothing. vol = atr(vis_atr) / atr(sed_atr) + (vol' - vol''') / 2 (earlier vols "
                    + "count as 0 before the first); anti = threshold - sd(vis_std) / sd(sed_std), population "
                    + "deviations of the source by running sums. Both start once every window is full (and not "
                    + "before the fourth bar). The true range reads the close column; VectorTA reads the source "
                    + "there, the same thing for its default source close.")
            .build()
            .deviating(Deviation.afterLeadingNaNs("vol", "k leading NaNs give k NaNs and then the output on the "
                            + "rest; VectorTA seeds its ATRs by absolute index, so after leading NaNs they are the "
                            + "sums of fewer true ranges divided by the full length, or never seeded (NaN) once the "
                            + "NaNs are as long as the ATR.",
                    "damiani_volatmeter_scalar sums true ranges while i < vis_atr (and i < sed_atr) with i the "
                            + "absolute index starting at first, and divides by vis_atr at i == vis_atr - 1."));

    public DamianiVolatmeter() {
        super(SPEC);
    }

    /** Names the longest window that does not fit the data. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        ParamSpec.Int longest = VIS_ATR;
        for (ParamSpec.Int w : new ParamSpec.Int[] {VIS_STD, SED_ATR, SED_STD}) {
            longest = w.of(p) > longest.of(p) ? w : longest;
        }
        requirePeriod(longest.name(), longest.of(p), n);
        super.checkData(n, first, p);
    }

    @Override
    protected Step start(double[] p) {
        int start = WARMUP.at(p);
        double threshold = THRESHOLD.of(p);
        Atr vis = new Atr(VIS_ATR.of(p)), sed = new Atr(SED_ATR.of(p));
        WindowSd shortSd = new WindowSd(VIS_STD.of(p)), longSd = new WindowSd(SED_STD.of(p));
        return new Step() {
            private double previousClose = Double.NaN, vol1, vol2, vol3;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], high = bar[1], low = bar[2], close = bar[3];
                double range = Double.isNaN(previousClose) || !Double.isFinite(close) ? 0.0
                        : TrueRangeScan.trueRange(high, low, previousClose);
                if (Double.isFinite(close)) {
                    previousClose = close;
                }
                double atrVis = vis.next(range), atrSed = sed.next(range);
                double value = Double.isNaN(x) ? 0.0 : x; // as VectorTA: a NaN enters the windows as 0
                double sdVis = shortSd.next(value), sdSed = longSd.next(value);
                if (bars++ < start) {
                    return;
                }
                double sedSafe = Double.isFinite(atrSed) && atrSed != 0.0 ? atrSed : atrSed + Math.ulp(1.0);
                double vol = atrVis / sedSafe + 0.5 * (vol1 - vol3);
                vol3 = vol2;
                vol2 = vol1;
                vol1 = Double.isNaN(vol) ? 0.0 : vol;
                out[0] = vol;
                out[1] = threshold - sdVis / (sdSed != 0.0 ? sdSed : sdSed + Math.ulp(1.0));
            }
        };
    }

    /** Population standard deviation of the last values by running sums, in VectorTA's operation order. */
    private static final class WindowSd {
        private final double[] ring;
        private final double n;
        private double sum, sumSq;
        private int slot, seen;

        WindowSd(int length) {
            ring = new double[length];
            n = length;
        }

        double next(double v) {
            double old = ring[slot];
            ring[slot] = v;
            slot = slot + 1 == ring.length ? 0 : slot + 1;
            if (seen < ring.length) {
                seen++;
                sum += v;
                sumSq += v * v;
            } else {
                sum = sum - old + v;
                sumSq = sumSq - old * old + v * v;
            }
            double mean = sum / n;
            return Math.sqrt(Math.max(sumSq / n - mean * mean, 0.0));
        }
    }

    /** Mean of the first length values, then Wilder's smoothing, as VectorTA's volatmeter divides it. */
    private static final class Atr {
        private final int length;
        private final double n;
        private double sum, value = Double.NaN;
        private int seen;

        Atr(int length) {
            this.length = length;
            this.n = length;
        }

        double next(double range) {
            if (seen < length) {
                sum += range;
                if (++seen == length) {
                    value = sum / n;
                }
            } else if (Double.isFinite(value)) {
                value = ((n - 1.0) * value + range) / n;
            }
            return value;
        }
    }
}
