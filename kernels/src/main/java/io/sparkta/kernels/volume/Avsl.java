package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Buff Dormeier's Anti-Volume Stop Loss: the low, less a volume-adjusted price over a window whose length
 * follows the VPCI, plus the VPCI scaled by the multiplier and the volume multiplier, averaged over slow_period.
 */
@AutoService(Indicator.class)
public final class Avsl extends StepIndicator {
    private static final int MAX_WINDOW = 200;
    static final ParamSpec.Int FAST = ParamSpec.period("fast_period", 12, 1, "short window").sweep(12, 12, 0);
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_period", 26, 1, "long window and the final average")
            .sweep(26, 275, 1);
    static final ParamSpec.Real MULTIPLIER = ParamSpec.realAbove("multiplier", 2.0, 0, Double.MAX_VALUE,
            "weight of the VPCI term").sweep(2.0, 2.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("avsl", "Anti-Volume Stop Loss", Category.VOLUME)
            .source("close").columns("low", "volume").params(FAST, SLOW, MULTIPLIER)
            .output("values", Warmup.of(SLOW).plus(SLOW).plus(-2))
            .notes("From bar slow_period - 1 on: VPC = slow VWMA - slow SMA, VPR = fast VWMA / fast SMA, VM = fast "
                    + "mean volume / slow mean volume, VPCI = VPC VPR VM. The price term is 1% of the mean, over "
                    + "round(|VPCI -/+ 3|) bars (1..200), of low / (VPC' VPR) where VPC' pushes VPC out of (-1, 1), "
                    + "bars before the first VPCI counting their plain low. The output is the slow_period mean of "
                    + "low - price + multiplier VPCI VM, so it starts at 2 slow_period - 2, as VectorTA's does "
                    + "(its catalogue says slow_period - 1).")
            .build()
            .deviating(Deviation.afterLeadingNaNs("values",
                    "VectorTA caps the price window at the bar's index in the whole series, not at the bars since "
                            + "the first valid one, so after leading NaNs its early windows reach back into the "
                            + "NaNs; Sparkta counts from the first valid bar, so k leading NaNs only shift the output",
                    "avsl.rs: avsl_scalar takes min(window, i + 1) bars ending at i, i counted from 0"));

    public Avsl() {
        super(SPEC);
    }

    /** Rounds half away from zero, as Rust's f64::round does. */
    private static double round(double x) {
        double a = Math.abs(x), f = Math.floor(a);
        return Math.copySign(a - f >= 0.5 ? f + 1 : f, x);
    }

    @Override
    protected Step start(double[] p) {
        int fast = FAST.of(p), slow = SLOW.of(p), span = Math.max(fast, slow) + 1;
        double multiplier = MULTIPLIER.of(p), invFast = 1.0 / fast, invSlow = 1.0 / slow;
        return new Step() {
            private final double[] closes = new double[span], volumes = new double[span];
            private final double[] lows = new double[MAX_WINDOW], vpcs = new double[MAX_WINDOW],
                    vprs = new double[MAX_WINDOW];
            private final double[] terms = new double[slow];
            private double closeFast, volFast, productFast, closeSlow, volSlow, productSlow, termSum;
            private int t = -1;

            @Override
            public void next(double[] bar, double[] out) {
                double c = bar[0], low = bar[1], v = bar[2];
                t++;
                closes[t % span] = c;
                volumes[t % span] = v;
                lows[t % MAX_WINDOW] = low;
                double cv = c * v;
                closeFast += c;
                volFast += v;
                productFast += cv;
                closeSlow += c;
                volSlow += v;
                productSlow += cv;
                if (t >= fast) {
                    double co = closes[(t - fast) % span], vo = volumes[(t - fast) % span];
                    closeFast -= co;
                    volFast -= vo;
                    productFast -= co * vo;
                }
                if (t >= slow) {
                    double co = closes[(t - slow) % span], vo = volumes[(t - slow) % span];
                    closeSlow -= co;
                    volSlow -= vo;
                    productSlow -= co * vo;
                }
                int since = t - (slow - 1); // VPCI values before this one
                if (since < 0) {
                    out[0] = Double.NaN;
                    return;
                }
                double smaFast = closeFast * invFast, smaSlow = closeSlow * invSlow;
                double vwmaFast = volFast != 0 ? productFast / volFast : smaFast;
                double vwmaSlow = volSlow != 0 ? productSlow / volSlow : smaSlow;
                double vpc = vwmaSlow - smaSlow, vpr = smaFast != 0 ? vwmaFast / smaFast : 1.0;
                double meanFast = volFast * invFast, meanSlow = volSlow * invSlow;
                double vm = meanSlow != 0 ? meanFast / meanSlow : 1.0;
                double vpci = vpc * vpr * vm;
                double length = Math.min(Math.max(vpc < 0 ? round(Math.abs(vpci - 3.0)) : round(vpci + 3.0), 1.0),
                        MAX_WINDOW);
                int window = (int) length; // a NaN VPCI gives an empty window, and a NaN price
                vpcs[t % MAX_WINDOW] = vpc;
                vprs[t % MAX_WINDOW] = vpr;
                out[0] = average(low - price(window) + Math.fma(multiplier, vpci, 0.0) * vm);
            }

            /** 1% of the mean over the window of the volume-adjusted low; bars before the first VPCI plain. */
            private double price(int window) {
                int take = Math.min(window, t + 1), adjusted = Math.min(t - (slow - 1) + 1, take);
                double acc = 0;
                for (int j = 0; j < adjusted; j++) {
                    int slot = (t - j) % MAX_WINDOW;
                    double x = vpcs[slot], r = vprs[slot];
                    double pushed = x > -1.0 && x < 0.0 ? -1.0 : x >= 0.0 && x < 1.0 ? 1.0 : x;
                    if (pushed != 0.0 && r != 0.0) {
                        acc += lows[slot] / (pushed * r);
                    }
                }
                if (take > adjusted) {
                    // summed four at a time from the oldest bar, as VectorTA groups them
                    int k = t + 1 - take, end = t + 1 - adjusted;
                    double s = 0;
                    for (; k + 4 <= end; k += 4) {
                        s += lows[k % MAX_WINDOW] + lows[(k + 1) % MAX_WINDOW] + lows[(k + 2) % MAX_WINDOW]
                                + lows[(k + 3) % MAX_WINDOW];
                    }
                    for (; k < end; k++) {
                        s += lows[k % MAX_WINDOW];
                    }
                    acc += s;
                }
                return acc / window * 0.01;
            }

            /** The running slow_period mean of the terms (NaN until slow_period of them). */
            private double average(double term) {
                int n = t - (slow - 1), slot = n % slow;
                termSum += term;
                if (n >= slow) {
                    termSum -= terms[slot];
                }
                terms[slot] = term;
                return n >= slow - 1 ? termSum * invSlow : Double.NaN;
            }
        };
    }
}
