package io.sparkta.kernels.stats;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.ma.MovingAverages;

/** Rolling z-score: (x - average) / (nbdev * deviation). */
@AutoService(Indicator.class)
public final class ZScore extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("ma_type", "sma", MovingAverages::names,
            "the average x is measured from");
    static final ParamSpec.Real NBDEV = ParamSpec.real("nbdev", 1.0, 0.0, Double.POSITIVE_INFINITY,
            "multiplier of the deviation").sweep(1.0, 1.0, 0.0);
    static final ParamSpec.Int DEVTYPE = ParamSpec.integer("devtype", 0, 0, 3,
            "deviation type, as the deviation indicator's").sweep(0, 0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("zscore", "Z-Score", Category.STATISTICS)
            .source("close").params(PERIOD, MA_TYPE, NBDEV, DEVTYPE)
            .output("values", ChosenAverage.warmup(PERIOD::of, MA_TYPE::of))
            .notes("NaN where the deviation is 0. With devtype 0 and sma the window's own running sums give "
                    + "mean and deviation (O(1)); with devtype 0 and ema the deviation is the root mean square "
                    + "of the window around the EMA (VectorTA's choice), O(1); otherwise any average over the "
                    + "deviation indicator's window deviation, at their costs.")
            .build();

    public ZScore() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        ChosenAverage.validate(MA_TYPE.of(p), PERIOD.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), devtype = DEVTYPE.of(p);
        String maType = MA_TYPE.of(p);
        double nbdev = NBDEV.of(p);
        if (devtype == 0 && (maType.equals("sma") || maType.equals("ema"))) {
            return classic(period, nbdev, maType.equals("ema"));
        }
        SeriesStep average = SeriesStep.movingAverage(maType, period);
        SeriesStep deviation = SeriesStep.of(Indicators.get("deviation"), period, devtype);
        return (bar, out) -> {
            double x = bar[0], mean = average.next(x), sigma = deviation.next(x) * nbdev;
            out[0] = sigma == 0.0 || Double.isNaN(sigma) ? Double.NaN : (x - mean) / sigma;
        };
    }

    /** Running sums of the window, rounded as VectorTA's dedicated sma and ema paths round them. */
    private static Step classic(int period, double nbdev, boolean ema) {
        WindowSums sums = new WindowSums(period, WindowSums.Rounding.FUSED_PRODUCT);
        double scale = 1.0 / period, alpha = 2.0 / (period + 1.0), keep = 1.0 - alpha;
        return new Step() {
            private double average;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                if (!sums.push(x)) {
                    out[0] = Double.NaN;
                    return;
                }
                double mean = sums.sum() * scale, variance;
                // the EMA is seeded with the first window's mean
                average = sums.window().fresh() ? mean : Math.fma(average, keep, alpha * x);
                if (ema) {
                    variance = Math.fma(-2.0 * average, mean, Math.fma(average, average, sums.squares() * scale));
                    mean = average;
                } else {
                    variance = Math.fma(-mean, mean, sums.squares() * scale);
                }
                double sd = variance <= 0.0 ? 0.0 : Math.sqrt(variance) * nbdev;
                out[0] = sd == 0.0 || Double.isNaN(sd) ? Double.NaN : (x - mean) / sd;
            }
        };
    }
}
