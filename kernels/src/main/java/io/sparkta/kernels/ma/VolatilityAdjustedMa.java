package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.stats.RollingExtremes;
import java.util.Arrays;
import java.util.List;

/**
 * Volatility Adjusted Moving Average: an EMA over base_period shifted by the midpoint of the highest and
 * lowest deviation of the value from it over vol_period bars, optionally smoothed by an SMA, EMA or WMA.
 */
@AutoService(Indicator.class)
public final class VolatilityAdjustedMa extends RecursiveAverage {
    private static final int BASE = 0, VOL = 1, SMOOTHING = 2, SMOOTH_TYPE = 3, SMOOTH_PERIOD = 4;
    private static final int SMOOTH_SMA = 1, SMOOTH_EMA = 2;

    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("volatility_adjusted_ma",
            "Volatility Adjusted Moving Average", Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("base_period", 113, 1, "EMA length"),
                    ParamSpec.period("vol_period", 51, 1, "deviation extremes window"),
                    ParamSpec.flag("smoothing", true, "smooth the result"),
                    ParamSpec.integer("smooth_type", 3, 1, 3, "1 SMA, 2 EMA, 3 WMA"),
                    ParamSpec.period("smooth_period", 5, 1, "smoothing length")),
            List.of("values"), "first + max(base_period, vol_period) - 1, plus smooth_period - 1 for SMA or WMA smoothing",
            "The EMA is VectorTA's (the running mean for its first base_period values). VectorTA starts the output "
                    + "at first + max(base_period, vol_period) - 1 whatever the smoothing; Sparkta starts a smoothed "
                    + "SMA or WMA once its window is full. A NaN after the first valid value makes later outputs NaN.");

    public VolatilityAdjustedMa() {
        super(SPEC);
    }

    private static boolean windowSmoothing(double[] p) {
        return p[SMOOTHING] != 0 && p[SMOOTH_TYPE] != SMOOTH_EMA;
    }

    @Override
    public int warmup(double[] p) {
        int raw = (int) Math.max(p[BASE], p[VOL]) - 1;
        return windowSmoothing(p) ? raw + (int) p[SMOOTH_PERIOD] - 1 : raw;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod("base_period", (int) p[BASE], n);
        requirePeriod("vol_period", (int) p[VOL], n);
        requireValid(warmup(p) + 1, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int base = (int) p[BASE], rawWarm = (int) Math.max(p[BASE], p[VOL]) - 1;
        boolean smoothing = p[SMOOTHING] != 0;
        int smoothType = (int) p[SMOOTH_TYPE], smoothPeriod = (int) p[SMOOTH_PERIOD];
        double alpha = 2.0 / (base + 1), smoothAlpha = 2.0 / (smoothPeriod + 1);
        RollingExtremes deviations = new RollingExtremes((int) p[VOL]);
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
