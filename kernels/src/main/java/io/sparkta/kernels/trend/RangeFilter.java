package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Range Filter: a line that follows the price only as far as it must to stay within range_size times the average
 * absolute change of it, with bands that far either side.
 */
@AutoService(Indicator.class)
public final class RangeFilter extends StepIndicator {
    static final ParamSpec.Real RANGE_SIZE = ParamSpec.realAbove("range_size", 2.618, 0.0, Double.MAX_VALUE,
            "band half-width in average absolute changes").sweep(2.618, 2.867, 0.001);
    static final ParamSpec.Int RANGE_PERIOD = ParamSpec.period("range_period", 14, 1,
            "EMA length of the absolute change").sweep(14, 14, 0);
    static final ParamSpec.Int SMOOTH_RANGE = ParamSpec.flag("smooth_range", true, "smooth the range by an EMA");
    static final ParamSpec.Int SMOOTH_PERIOD = ParamSpec.integer("smooth_period", 27, 1, Integer.MAX_VALUE,
            "EMA length of the range smoothing");
    private static final Warmup WARMUP = Warmup.custom("max(range_period, smooth_period if smooth_range)",
            p -> Math.max(RANGE_PERIOD.of(p), SMOOTH_RANGE.of(p) == 1 ? SMOOTH_PERIOD.of(p) : 0));
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("range_filter", "Range Filter", Category.TREND)
            .source("close").params(RANGE_SIZE, RANGE_PERIOD, SMOOTH_RANGE, SMOOTH_PERIOD)
            .outputs(WARMUP, "filter", "high_band", "low_band")
            .notes("Both EMAs (alpha = 2 / (n + 1)) start at their first input; a NaN change leaves the average "
                    + "as it was. The filter starts at the first price and is clamped to price -/+ range.")
            .build();

    public RangeFilter() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double size = RANGE_SIZE.of(p);
        double alpha = 2.0 / (RANGE_PERIOD.of(p) + 1.0);
        boolean smooth = SMOOTH_RANGE.of(p) == 1;
        double smoothAlpha = 2.0 / (SMOOTH_PERIOD.of(p) + 1.0);
        return new Step() {
            private double prevPrice, filter, change, smoothed;
            private boolean started, changeSeeded, rangeSeeded;

            @Override
            public void next(double[] bar, double[] out) {
                double price = bar[0];
                if (!started) {
                    started = true;
                    filter = prevPrice = price;
                    return;
                }
                double move = Math.abs(price - prevPrice);
                if (!Double.isNaN(move)) {
                    change = changeSeeded ? alpha * move + (1.0 - alpha) * change : move;
                    changeSeeded = true;
                }
                prevPrice = price;
                if (!changeSeeded) {
                    return;
                }
                double range = change * size;
                if (smooth) {
                    smoothed = rangeSeeded ? smoothAlpha * range + (1.0 - smoothAlpha) * smoothed : range;
                    rangeSeeded = true;
                    range = smoothed;
                }
                double low = price - range, high = price + range;
                filter = filter < low ? low : filter > high ? high : filter;
                out[0] = filter;
                out[1] = filter + range;
                out[2] = filter - range;
            }
        };
    }
}
