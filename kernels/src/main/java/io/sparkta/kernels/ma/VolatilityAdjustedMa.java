package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;
import java.util.Arrays;

/**
 * Volatility Adjusted Moving Average: an EMA over base_period shifted by the midpoint of the highest and
 * lowest deviation of the value from it over vol_period bars, optionally smoothed by an SMA, EMA or WMA.
 */
@AutoService(Indicator.class)
public final class VolatilityAdjustedMa extends SeriesRecursion {
    private static final int SMOOTH_SMA = 1, SMOOTH_EMA = 2;

    private static final ParamSpec.Int BASE_PERIOD = ParamSpec.period("base_period", 113, 1,
            "EMA length").sweep(113, 362, 1);
    private static final ParamSpec.Int VOL_PERIOD = ParamSpec.period("vol_period", 51, 1,
            "deviation extremes window").sweep(51, 51, 0);
    private static final ParamSpec.Int SMOOTHING = ParamSpec.flag("smoothing", true, "smooth the result");
    private static final ParamSpec.Int SMOOTH_TYPE = ParamSpec.integer("smooth_type", 3, 1, 3, "1 SMA, 2 EMA, 3 WMA");
    private static final ParamSpec.Int SMOOTH_PERIOD = ParamSpec.period("smooth_period", 5, 1, "smoothing length");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("volatility_adjusted_ma",
                    "Volatility Adjusted Moving Average", Category.MOVING_AVERAGE)
            .source("close").params(BASE_PERIOD, VOL_PERIOD, SMOOTHING, SMOOTH_TYPE, SMOOTH_PERIOD)
            .output("values", Warmup.max(Warmup.of(BASE_PERIOD), Warmup.of(VOL_PERIOD)).plus(-1)
                    .plus(Warmup.custom("(smooth_period - 1 when smoothing by SMA or WMA)",
                            p -> windowSmoothing(p) ? SMOOTH_PERIOD.of(p) - 1 : 0)))
            .notes("The EMA is VectorTA's (the running mean for its first base_period values). VectorTA starts the "
                    + "output at first + max(base_period, vol_period) - 1 whatever the smoothing; Sparkta starts a "
                    + "smoothed SMA or WMA once its window is full. A NaN after the first valid value makes later "
                    + "outputs NaN.")
            .build();

    public VolatilityAdjustedMa() {
        super(SPEC);
    }

    private static boolean windowSmoothing(double[] p) {
        return SMOOTHING.isSet(p) && SMOOTH_TYPE.of(p) != SMOOTH_EMA;
    }

    /** The derived checks, but smooth_period need not fit the data (VectorTA does not check it). */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod(BASE_PERIOD.name(), BASE_PERIOD.of(p), n);
        requirePeriod(VOL_PERIOD.name(), VOL_PERIOD.of(p), n);
        requireValid(warmup(p) + 1, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int base = BASE_PERIOD.of(p), rawWarm = Math.max(base, VOL_PERIOD.of(p)) - 1;
        boolean smoothing = SMOOTHING.isSet(p);
        int smoothType = SMOOTH_TYPE.of(p), smoothPeriod = SMOOTH_PERIOD.of(p);
        double alpha = 2.0 / (base + 1), smoothAlpha = 2.0 / (smoothPeriod + 1);
        RollingExtremes deviations = new RollingExtremes(VOL_PERIOD.of(p));
        double[] weights = WeightedAverage.linear(smoothPeriod);
        if (smoothType == SMOOTH_SMA) {
            Arrays.fill(weights, 1.0);
        }
        WeightedAverage.WindowStream window = new WeightedAverage.WindowStream(weights, smoothPeriod - 1);
        return new Step() {
            private long t;
            private double ema, sum, smoothed;

            @Override
            public double next(double x) {
                if (t < base) {
                    sum += x;
                    ema = sum / (t + 1);
                } else {
                    ema = alpha * x + (1.0 - alpha) * ema;
                }
                deviations.push(x - ema);
                long step = t++ - rawWarm;
                if (step < 0) {
                    return Double.NaN;
                }
                double raw = ema + (deviations.max() + deviations.min()) / 2.0;
                if (!smoothing) {
                    return raw;
                }
                if (smoothType == SMOOTH_EMA) {
                    smoothed = step == 0 ? raw : smoothAlpha * raw + (1.0 - smoothAlpha) * smoothed;
                    return smoothed;
                }
                return window.next(raw); // SMA or WMA, NaN until its window is full
            }
        };
    }
}
