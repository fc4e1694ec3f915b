package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Ehlers' MyRSI passed through a Noise Elimination Technology filter (a Kendall-style rank count). */
@AutoService(Indicator.class)
public final class NetMyrsi extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window of changes and of the rank count")
            .sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("net_myrsi", "NET MyRSI", Category.MOMENTUM)
            .source("close").params(PERIOD).output("values", Warmup.of(PERIOD).plus(-1))
            .notes("MyRSI = (up - down) / (up + down) over the last period changes (0 where both are 0); NET counts, "
                    + "over pairs of the last period MyRSI values, rising pairs minus falling ones, divided by "
                    + "period (period - 1) / 2 even while fewer values are in. 0 at bar period - 1, before the "
                    + "first MyRSI, as in VectorTA; NaN throughout for period 1.")
            .build();

    public NetMyrsi() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(PERIOD.of(p) + 1, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double denom = period * (period - 1) * 0.5;
        double[] diffs = new double[period], ranks = new double[period];
        return new Step() {
            private double previous, up, down;
            private int bars, filled, head, count, net;

            @Override
            public void next(double[] bar, double[] out) {
                double diff = bar[0] - previous;
                previous = bar[0];
                int t = bars++;
                out[0] = t == period - 1 && denom != 0 ? 0.0 : Double.NaN;
                if (t == 0) {
                    return;
                }
                // 0 * NaN keeps a NaN change in the sums for good, as VectorTA's branch-free sums do
                up += (diff > 0 ? 1.0 : 0.0) * diff;
                down += (diff < 0 ? 1.0 : 0.0) * -diff;
                int slot = (t - 1) % period;
                if (filled == period) {
                    double old = diffs[slot];
                    up -= (old > 0 ? 1.0 : 0.0) * old;
                    down -= (old < 0 ? 1.0 : 0.0) * -old;
                } else {
                    filled++;
                }
                diffs[slot] = diff;
                if (filled < period) {
                    return;
                }
                double sum = up + down, r = sum != 0 ? (up - down) / sum : 0.0;
                if (count == period) {
                    net += rank(ranks[head]); // drop the oldest value's pairs
                } else {
                    count++;
                }
                net += rank(r);
                ranks[head] = r;
                head = (head + 1) % period;
                if (denom != 0) {
                    out[0] = net / denom;
                }
            }

            /** Values in the window (the slot at head excluded) below x minus those above it. */
            private int rank(double x) {
                int k = 0;
                for (int j = 0; j < count; j++) {
                    if (j != head) {
                        k += (ranks[j] < x ? 1 : 0) - (ranks[j] > x ? 1 : 0);
                    }
                }
                return k;
            }
        };
    }
}
