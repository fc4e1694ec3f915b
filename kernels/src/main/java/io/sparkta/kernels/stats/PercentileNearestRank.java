package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Rolling percentile by the nearest-rank method: the k-th smallest, k = round(percentage% of n). */
@AutoService(Indicator.class)
public final class PercentileNearestRank extends StepIndicator {
    static final ParamSpec.Int LENGTH = ParamSpec.period("length", 15, 1, "window length").sweep(15, 264, 1);
    static final ParamSpec.Real PERCENTAGE = ParamSpec.real("percentage", 50.0, 0.0, 100.0, "the percentile")
            .sweep(50.0, 50.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("percentile_nearest_rank",
                    "Percentile (Nearest Rank)", Category.STATISTICS)
            .source("close").params(LENGTH, PERCENTAGE).output("values", Warmup.of(LENGTH).plus(-1))
            .notes("Rank k = round(percentage / 100 * n), at least 1 and at most n, over the n non-NaN values "
                    + "of the last length bars (NaNs are skipped, as VectorTA; NaN only when all are NaN). The "
                    + "window is kept in order: an O(log length) search plus a block move per bar.")
            .build();

    public PercentileNearestRank() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int length = LENGTH.of(p);
        double fraction = PERCENTAGE.of(p) * 0.01;
        Window window = new Window(length);
        SortedWindow sorted = new SortedWindow(length);
        return new Step() {
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], old = window.push(x);
                if (bars++ >= length && !Double.isNaN(old)) {
                    sorted.remove(old);
                }
                if (!Double.isNaN(x)) {
                    sorted.add(x);
                }
                int n = sorted.size();
                long rank = Math.round(fraction * n) - 1;
                out[0] = n == 0 ? Double.NaN : sorted.get((int) Math.max(0, Math.min(rank, n - 1)));
            }
        };
    }
}
