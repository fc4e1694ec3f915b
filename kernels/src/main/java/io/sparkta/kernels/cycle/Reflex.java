package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' Reflex, TrendFlex's sibling: a super smoother of length period / 2, its distance from the line
 * joining its values {@code period} bars apart (as VectorTA weighs it), normalised by an exponentially weighted
 * RMS.
 */
@AutoService(Indicator.class)
public final class Reflex extends WindowedStep {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 2, "cycle window; the smoother uses period / 2")
            .sweep(20, 269, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("reflex", "Ehlers Reflex", Category.CYCLE)
            .source("close").params(PERIOD).output("values", Warmup.none())
            .notes("The super smoother (length floor(period / 2), where TrendFlex rounds) starts from the first two "
                    + "inputs. From bar period on, with s the smoother, m the mean of its previous period values and "
                    + "w = (1 + 1 / period) / 2: d = (1 - w) s + w s[period] - m, ms = 0.96 ms + 0.04 d^2, output "
                    + "d / sqrt(ms) (0 while ms is 0, where VectorTA leaves the output unwritten). The first period "
                    + "outputs are 0, as VectorTA writes them. A NaN after the first valid value makes every later "
                    + "output NaN (recursive smoother).")
            .build()
            .deviating(Deviation.afterLeadingNaNs("values", "k leading NaNs give k NaNs and then the output on "
                            + "the rest; VectorTA runs its smoother from index 0 whatever the first valid index, so "
                            + "the NaNs enter the smoother and every output after the zeroed prefix is NaN.",
                    "reflex_scalar ignores its first argument (the first valid index) and seeds the smoother "
                            + "with data[0] and data[1]; only the zeroed first period outputs are not NaN."));

    public Reflex() {
        super(SPEC, PERIOD);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double half = Math.max(period / 2, 1);
        double a = Math.exp(-1.414 * Math.PI / half), na2 = -(a * a);
        double b = 2.0 * a * Math.cos(1.414 * Math.PI / half), c = 0.5 * (1.0 + a * a - b);
        double invP = 1.0 / period, w = 0.5 * (1.0 + invP), keep = 1.0 - w;
        double[] ring = new double[period + 1]; // the smoother's last period + 1 values
        return new Step() {
            private double x1, s1, s2, sum, ms;
            private int bars, slot;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                double s = bars < 2 ? x : Math.fma(b, s1, Math.fma(na2, s2, c * (x + x1)));
                ring[slot] = s;
                slot = slot == period ? 0 : slot + 1;
                if (bars++ < period) {
                    sum += s;
                    out[0] = 0.0;
                } else {
                    double old = ring[slot]; // the smoother period bars ago
                    double d = Math.fma(s, keep, old * w) - sum * invP;
                    ms = Math.fma(0.96, ms, 0.04 * (d * d));
                    out[0] = ms > 0 ? d / Math.sqrt(ms) : 0.0;
                    sum += s - old;
                }
                s2 = s1;
                s1 = s;
                x1 = x;
            }
        };
    }
}
