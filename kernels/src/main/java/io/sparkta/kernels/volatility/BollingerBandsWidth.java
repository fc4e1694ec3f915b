package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.ma.MovingAverages;
import io.sparkta.kernels.stats.ChosenAverage;
import io.sparkta.kernels.stats.WindowSums;

/** Bollinger Bands Width: (upper - lower) / middle = (devup + devdn) * deviation / average. */
@AutoService(Indicator.class)
public final class BollingerBandsWidth extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "window length").sweep(20, 269, 1);
    static final ParamSpec.Real DEVUP = ParamSpec.real("devup", 2.0, 0.0, Double.POSITIVE_INFINITY,
            "deviations above the average").sweep(2.0, 2.0, 0.0);
    static final ParamSpec.Real DEVDN = ParamSpec.real("devdn", 2.0, 0.0, Double.POSITIVE_INFINITY,
            "deviations below the average").sweep(2.0, 2.0, 0.0);
    static final ParamSpec.Choice MATYPE = ParamSpec.choice("matype", "sma", MovingAverages::names,
            "the middle band's average");
    static final ParamSpec.Int DEVTYPE = ParamSpec.integer("devtype", 0, 0, 3,
            "deviation type, as the deviation indicator's");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("bollinger_bands_width", "Bollinger Bands Width",
                    Category.VOLATILITY)
            .source("close").params(PERIOD, DEVUP, DEVDN, MATYPE, DEVTYPE)
            .output("values", ChosenAverage.warmup(PERIOD::of, MATYPE::of))
            .notes("With devtype 0 and sma, running sums of the window as VectorTA rounds them, O(1); with "
                    + "devtype 0 and ema, the deviation is taken around the EMA (the window's variance plus the "
                    + "squared gap between its mean and the EMA), O(1); otherwise any average over the "
                    + "deviation indicator's window deviation, at their costs.")
            .build();

    public BollingerBandsWidth() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        ChosenAverage.validate(MATYPE.of(p), PERIOD.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), devtype = DEVTYPE.of(p);
        String maType = MATYPE.of(p);
        double width = DEVUP.of(p) + DEVDN.of(p);
        if (devtype == 0 && (maType.equals("sma") || maType.equals("ema"))) {
            return classic(period, width, maType.equals("ema"));
        }
        SeriesStep average = SeriesStep.movingAverage(maType, period);
        SeriesStep deviation = SeriesStep.of(Indicators.get("deviation"), period, devtype);
        return (bar, out) -> {
            double middle = average.next(bar[0]);
            out[0] = (width * deviation.next(bar[0])) / middle;
        };
    }

    /** Running sums of the window, rounded as VectorTA's dedicated sma and ema paths round them. */
    private static Step classic(int period, double width, boolean ema) {
        WindowSums sums = new WindowSums(period, WindowSums.Rounding.FUSED_SQUARE);
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
                boolean fresh = sums.window().fresh();
                double mean = sums.sum() * scale, variance = Math.max(sums.squares() * scale - mean * mean, 0.0);
                average = fresh ? mean : alpha * x + keep * average; // the EMA is seeded with the first mean
                if (!ema) {
                    out[0] = (width * Math.sqrt(variance)) / mean;
                    return;
                }
                double gap = mean - average, around = fresh ? variance : variance + gap * gap;
                out[0] = (width * (around > 0.0 ? Math.sqrt(around) : 0.0)) / average;
            }
        };
    }
}
